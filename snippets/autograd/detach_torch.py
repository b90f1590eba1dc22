import torch

x = torch.arange(4.0, requires_grad=True)
u = (x * x).detach()  # same values, but a constant to autograd
z = u * x
z.sum().backward()
x.grad, 3 * x.detach() ** 2  # d(u·x)/dx = u, not the 3x² of d(x³)/dx
