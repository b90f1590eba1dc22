import torch

x = torch.arange(3.0)
y = torch.tensor([1.0, 2.0, 3.0])
torch.dot(x, y), (x * y).sum()
