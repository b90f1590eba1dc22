import torch

X = torch.arange(12, dtype=torch.float32).reshape(3, 4)
X[[0, 2]]  # rows 0 and 2
