import torch

mu = torch.tensor([0.0, 1.0])
Sigma = torch.tensor([[1.0, 0.6], [0.6, 2.0]])
P = torch.linalg.inv(Sigma)  # the precision matrix, computed once
x = torch.stack(torch.meshgrid(torch.linspace(-1, 1, 3), torch.linspace(0, 2, 2),
                               indexing="ij"), dim=-1)  # a (3, 2) grid of 2-D points
d = x - mu  # shape (3, 2, 2): any number of leading axes
torch.einsum("...k,kl,...l->...", d, P, d)  # (x - mu)ᵀ Σ⁻¹ (x - mu) at every point
