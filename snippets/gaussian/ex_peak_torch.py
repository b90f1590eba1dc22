import math

import torch
from torch.distributions import MultivariateNormal

mu = torch.tensor([0.0, 1.0])
for rho in (0.6, 0.0):  # the covariance of this page, then without the correlation
    Sigma = torch.tensor([[1.0, rho], [rho, 2.0]])
    formula = 1 / (2 * math.pi * torch.linalg.det(Sigma).sqrt())
    library = MultivariateNormal(mu, Sigma).log_prob(mu).exp()
    print(f"rho = {rho}: det = {torch.linalg.det(Sigma):.2f}, peak = {formula:.4f}")
formula, library
