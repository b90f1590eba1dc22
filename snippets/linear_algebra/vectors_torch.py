import torch

x = torch.arange(3)
x, x[2], len(x), x.shape
