import torch
from torch.distributions import MultivariateNormal

mu = torch.tensor([0.0, 1.0])
Sigma = torch.tensor([[1.0, 0.6], [0.6, 2.0]])
b = 3.0  # condition on x2 = 3
mean = mu[0] + Sigma[0, 1] / Sigma[1, 1] * (b - mu[1])
var = Sigma[0, 0] - Sigma[0, 1] ** 2 / Sigma[1, 1]

x1 = torch.linspace(-8, 8, 1601)
p = MultivariateNormal(mu, Sigma).log_prob(torch.stack([x1, torch.full_like(x1, b)], -1)).exp()
w = p / p.sum()  # the slice at x2 = 3, normalised: p(x1 | x2 = 3)
num_mean = (w * x1).sum()
num_var = (w * (x1 - num_mean) ** 2).sum()
(mean, var), (num_mean, num_var)
