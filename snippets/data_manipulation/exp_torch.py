import torch

x = torch.arange(12, dtype=torch.float32)
torch.exp(x)
