import torch

u = torch.tensor([3.0, -4.0])
torch.linalg.vector_norm(u, ord=1), u.abs().sum()
