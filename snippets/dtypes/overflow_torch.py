import torch

top = torch.tensor([127], dtype=torch.int8)
bottom = torch.tensor([0], dtype=torch.uint8)
top + 1, bottom - 1  # both wrap around, silently
