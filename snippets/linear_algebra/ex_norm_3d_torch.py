import torch

X = torch.arange(24.0).reshape(2, 3, 4)
torch.linalg.norm(X), torch.sqrt((X**2).sum())
