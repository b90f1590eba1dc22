import torch


def f(x):  # f(x1, x2) = 3 x1² x2 + x2³
    return 3 * x[0] ** 2 * x[1] + x[1] ** 3


x = torch.tensor([1.0, 2.0])
gradient = torch.func.grad(f)(x)
analytic = torch.stack([6 * x[0] * x[1], 3 * x[0] ** 2 + 3 * x[1] ** 2])
gradient, analytic
