import torch

# The random state is an object; its contents can be saved and restored.
g = torch.Generator(device=torch.get_default_device()).manual_seed(0)
state = g.get_state()  # a uint8 tensor of the generator's bytes
a = torch.randn(3, generator=g)
g.set_state(state)  # back to the saved state: the same numbers again
b = torch.randn(3, generator=g)
str(state.dtype), tuple(state.shape), torch.equal(a, b)
