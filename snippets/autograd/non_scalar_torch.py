import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
y.backward(gradient=torch.ones_like(y))  # same as y.sum().backward()
x.grad
