import torch


def f(x):
    return x**3  # f'(1) = 3


x = torch.tensor(1.0, dtype=torch.float64)
h = torch.tensor([1e-1, 1e-2, 1e-3], dtype=torch.float64)
forward = (f(x + h) - f(x)) / h - 3
central = (f(x + h) - f(x - h)) / (2 * h) - 3
forward, central
