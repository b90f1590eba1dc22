import torch

A = torch.arange(6.0).reshape(2, 3)
A.sum(), A.sum(dim=0), A.sum(dim=1), A.mean(), A.mean(dim=0)
