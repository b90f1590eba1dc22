import torch

X = torch.ones(4, 9)
torch.linalg.matrix_norm(X), torch.linalg.norm(X)
