import torch

X = torch.arange(12, dtype=torch.float32).reshape(3, 4)
rows = torch.tensor([0, 2])
X[rows]
