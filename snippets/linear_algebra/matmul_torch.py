import torch

A = torch.arange(6.0).reshape(2, 3)
B = torch.ones(3, 4)
A @ B
