import torch

# PyTorch has no raw keys: its random state is always a generator object.
g = torch.Generator(device=torch.get_default_device()).manual_seed(0)
torch.randn(3, generator=g)
