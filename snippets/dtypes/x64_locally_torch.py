import torch

# 64-bit types are always there: ask for them by dtype
torch.arange(3).dtype, torch.tensor(0.1, dtype=torch.float64).dtype
