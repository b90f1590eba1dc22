import torch

A = torch.arange(6.0).reshape(2, 3)
B = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
A * B, A + B, 2 * A
