import torch

torch.zeros(3, dtype=torch.float64).dtype
