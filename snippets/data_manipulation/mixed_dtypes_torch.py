import torch

i = torch.arange(3)  # int64
f = torch.ones(3)  # float32
i + f, torch.cat((i, f))
