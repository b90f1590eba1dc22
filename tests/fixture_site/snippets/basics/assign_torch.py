import torch

x = torch.zeros(3)
x[0] = 1.0
x
