import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)  # record from the start
y = x * x
z = torch.sum(3 * y)
z.backward()
x.grad  # dz/dx = 6x
