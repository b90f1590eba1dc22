import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
P = torch.tensor([[0.0, 1.0], [1.0, 0.0]])
A * P, A @ P, P @ A
