import torch

c = 3.0
x = torch.tensor([0.0, 1.0, 2.0])
# each output depends on its own x_i only, so the gradient of the sum holds every derivative
autodiff = torch.func.grad(lambda x: (c * torch.sin(x)).sum())(x)
autodiff, c * torch.cos(x)
