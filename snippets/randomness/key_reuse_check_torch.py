import torch

# The same mistake in PyTorch is seeding twice: nothing checks for it.
g = torch.Generator(device=torch.get_default_device())
noise = torch.rand(3, generator=g.manual_seed(0))
dropout = torch.rand(3, generator=g.manual_seed(0)) < 0.5  # the same numbers, silently
(noise < 0.5).eq(dropout).all().item()
