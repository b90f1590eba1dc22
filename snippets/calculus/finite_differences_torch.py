import torch


def f(x):
    return 3 * x**2 - 4 * x


def error(dtype):  # |difference quotient - f'(1)| for h = 1e-1 ... 1e-7
    x = torch.tensor(1.0, dtype=dtype)
    h = torch.tensor([10.0**-k for k in range(1, 8)], dtype=dtype)
    return torch.abs((f(x + h) - f(x)) / h - 2)


error(torch.float32), error(torch.float64)
