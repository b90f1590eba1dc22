import torch
from torch.distributions import MultivariateNormal, Normal

mu = torch.tensor([0.0, 1.0])
Sigma = torch.tensor([[1.0, 0.6], [0.6, 2.0]])
x1 = torch.linspace(-8, 8, 801)
x2 = torch.tensor([-1.0, 0.0, 1.0, 2.0, 3.0])
X1, X2 = torch.meshgrid(x1, x2, indexing="ij")
p = MultivariateNormal(mu, Sigma).log_prob(torch.stack([X1, X2], dim=-1)).exp()
numerical = torch.trapezoid(p, x1, dim=0)  # the marginal, integrated numerically

buggy = Normal(mu[1], torch.linalg.det(Sigma)).log_prob(x2).exp()  # the determinant as scale
fixed = Normal(mu[1], Sigma[1, 1].sqrt()).log_prob(x2).exp()  # the std of x2: sqrt(Sigma_22)
round(float((buggy - numerical).abs().max()), 4), round(float((fixed - numerical).abs().max()), 4)
