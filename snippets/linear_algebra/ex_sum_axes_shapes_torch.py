import torch

X = torch.ones(2, 3, 4)
X.sum(dim=0).shape, X.sum(dim=1).shape, X.sum(dim=2).shape, X.sum(dim=(0, 2)).shape
