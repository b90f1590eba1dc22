import torch

x = torch.tensor(3.0, requires_grad=True)
y = x * x
z = y * y
# retain_graph=True keeps the graph for a second pass (TensorFlow: persistent=True)
(dz_dx,) = torch.autograd.grad(z, x, retain_graph=True)
(dy_dx,) = torch.autograd.grad(y, x)
dz_dx, dy_dx  # 4x³ and 2x
