import torch

a = torch.tensor([200, 100], dtype=torch.uint8)  # two pixels of two images
b = torch.tensor([100, 100], dtype=torch.uint8)
# widen before adding: 200 + 100 does not fit in uint8
((a.to(torch.int16) + b) // 2).to(torch.uint8)
