import torch

x = torch.tensor([0.5, 1.0, 2.0])
autodiff = torch.func.grad(lambda x: (x**x).sum())(x)  # one derivative per element
autodiff, x**x * (torch.log(x) + 1)
