import torch

x = torch.arange(12, dtype=torch.float32)
x.reshape(3, 4), x.reshape(2, -1)
