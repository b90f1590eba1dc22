import torch

x = torch.tensor([7, -7], dtype=torch.int32)
x // 2, x / 2  # floor division keeps ints; true division gives floats
