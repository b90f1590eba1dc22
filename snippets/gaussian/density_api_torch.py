import torch
from torch.distributions import MultivariateNormal

mu = torch.tensor([0.0, 1.0])
Sigma = torch.tensor([[1.0, 0.6], [0.6, 2.0]])
x = torch.tensor([[0.0, 1.0], [1.0, 1.0], [-1.0, 2.0], [2.0, -1.0]])
MultivariateNormal(mu, covariance_matrix=Sigma).log_prob(x).exp()
