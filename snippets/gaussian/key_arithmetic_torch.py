# raises: TypeError
import torch

g = torch.Generator(device=torch.get_default_device()).manual_seed(0)
g + 1  # the random state is an object, not a number
