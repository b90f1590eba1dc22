import math

import torch

mu = torch.tensor([0.0, 1.0])
Sigma = torch.tensor([[1.0, 0.6], [0.6, 2.0]])


def pdf(x):
    d = x - mu  # one point per row
    quad = torch.einsum("nk,kn->n", d, torch.linalg.solve(Sigma, d.T))  # (x-mu)^T Sigma^-1 (x-mu)
    _, logdet = torch.linalg.slogdet(Sigma)
    return torch.exp(-0.5 * (quad + logdet + len(mu) * math.log(2 * math.pi)))


pdf(torch.tensor([[0.0, 1.0], [1.0, 1.0], [-1.0, 2.0], [2.0, -1.0]]))
