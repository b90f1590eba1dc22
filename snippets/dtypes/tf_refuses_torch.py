import torch

counts = torch.tensor([1, 2], dtype=torch.int32)
weights = torch.tensor([0.5, 0.25])
counts + weights
