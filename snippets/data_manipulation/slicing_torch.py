import torch

X = torch.arange(12, dtype=torch.float32).reshape(3, 4)
X[:, 1], X[1:3, :2], X[:, ::2], X.flip(0)  # PyTorch slices take no negative step
