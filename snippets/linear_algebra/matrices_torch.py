import torch

A = torch.arange(6).reshape(3, 2)
A, A.T
