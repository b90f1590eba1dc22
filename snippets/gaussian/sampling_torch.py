import torch
from torch.distributions import MultivariateNormal

torch.manual_seed(0)
mu = torch.tensor([0.0, 1.0])
Sigma = torch.tensor([[1.0, 0.6], [0.6, 2.0]])
X = MultivariateNormal(mu, Sigma).sample((10_000,))  # one draw per row
X.mean(dim=0), torch.cov(X.T)
