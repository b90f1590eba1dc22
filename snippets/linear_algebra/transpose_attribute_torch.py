import torch

A = torch.arange(6.0).reshape(2, 3)
A.T
