import torch

A = torch.arange(6.0).reshape(2, 3)
row_sums = A.sum(dim=1, keepdim=True)
row_sums, A / row_sums
