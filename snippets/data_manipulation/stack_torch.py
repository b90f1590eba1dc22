import torch

X = torch.zeros(2, 3)
Y = torch.ones(2, 3)
torch.cat([X, Y]).shape, torch.stack([X, Y]).shape, torch.stack([X, Y], dim=2).shape
