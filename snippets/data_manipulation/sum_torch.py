import torch

X = torch.arange(12, dtype=torch.float32).reshape(3, 4)
X.sum(), X.sum(dim=0), X.sum(dim=1)
