import torch

torch.zeros((2, 3, 4)), torch.ones((2, 3))
