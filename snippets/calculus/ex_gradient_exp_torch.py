import torch


def f(x):  # f(x1, x2) = 3 x1² + 5 exp(x2)
    return 3 * x[0] ** 2 + 5 * torch.exp(x[1])


x = torch.tensor([2.0, 1.0])
torch.func.grad(f)(x), torch.stack([6 * x[0], 5 * torch.exp(x[1])])
