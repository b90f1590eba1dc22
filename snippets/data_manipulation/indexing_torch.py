import torch

X = torch.arange(12, dtype=torch.float32).reshape(3, 4)
X[-1], X[1:3], X[1, 2]
