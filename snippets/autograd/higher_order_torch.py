import torch

x = torch.tensor(1.0, requires_grad=True)
y = x**3
(dy_dx,) = torch.autograd.grad(y, x, create_graph=True)  # 3x², itself differentiable
(d2y_dx2,) = torch.autograd.grad(dy_dx, x)  # 6x


def g(v):  # g(v) = v[0]² v[1] + v[1]³
    return v[0] ** 2 * v[1] + v[1] ** 3


H = torch.func.hessian(g)(torch.tensor([1.0, 2.0]))  # [[2 v[1], 2 v[0]], [2 v[0], 6 v[1]]]
dy_dx.detach(), d2y_dx2, H
