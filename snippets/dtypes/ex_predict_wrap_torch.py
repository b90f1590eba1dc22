import torch

x = torch.tensor([100, 120], dtype=torch.int8)
x + 100  # the Python int does not widen int8: 200 and 220 wrap around
