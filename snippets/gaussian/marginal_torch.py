import torch
from torch.distributions import MultivariateNormal, Normal

mu = torch.tensor([0.0, 1.0])
Sigma = torch.tensor([[1.0, 0.6], [0.6, 2.0]])
x1 = torch.linspace(-8, 8, 801)
x2 = torch.tensor([-1.0, 0.0, 1.0, 2.0, 3.0])
X1, X2 = torch.meshgrid(x1, x2, indexing="ij")
p = MultivariateNormal(mu, Sigma).log_prob(torch.stack([X1, X2], dim=-1)).exp()
numerical = torch.trapezoid(p, x1, dim=0)  # integrate x1 out
exact = Normal(mu[1], Sigma[1, 1].sqrt()).log_prob(x2).exp()  # N(mu_2, Sigma_22): takes the std
numerical, exact
