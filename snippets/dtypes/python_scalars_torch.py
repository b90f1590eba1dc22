import torch

torch.tensor(1).dtype, torch.tensor(1.0).dtype, torch.tensor(True).dtype
