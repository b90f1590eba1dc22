import torch

X = torch.arange(12.0).reshape(3, 4)
Z = X.clone()  # the fix: a copy with its own memory (X[0] alone is a view into X)
Z[0] = 0
X, Z
