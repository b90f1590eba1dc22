import torch

# A generator object carries its own state; the global seed is untouched.
# It draws on one device, so make it where tensors are created by default.
g = torch.Generator(device=torch.get_default_device()).manual_seed(42)
first = torch.rand(3, generator=g)
second = torch.rand(3, generator=g)
g.manual_seed(42)
first, second, torch.equal(first, torch.rand(3, generator=g))
