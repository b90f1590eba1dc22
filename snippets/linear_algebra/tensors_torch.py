import torch

X = torch.arange(24).reshape(2, 3, 4)
X, X.ndim, X.shape
