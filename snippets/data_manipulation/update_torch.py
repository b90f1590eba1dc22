import torch

X = torch.arange(12, dtype=torch.float32).reshape(3, 4)
X[:2, :] = 12  # in place
X
