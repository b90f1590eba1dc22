import torch
import torch.nn.functional as F

matrix = torch.arange(6.0).reshape(2, 3)
cube = torch.arange(12.0).reshape(2, 2, 3)
# dim=None is deprecated: PyTorch warns, then picks dim 1 for a matrix but 0 for 3 axes
F.softmax(matrix).sum(-1), F.softmax(cube).sum(-1)  # sums over the last axis
