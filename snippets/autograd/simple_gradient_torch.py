import torch

x = torch.arange(4.0, requires_grad=True)  # record operations on x
y = 2 * torch.dot(x, x)
y.backward()  # fills x.grad
y, x.grad, x.grad == 4 * x
