import torch

A = torch.arange(6.0).reshape(2, 3)
x = torch.tensor([1.0, 2.0, 3.0])
A @ x  # a matrix times a vector
