import torch


def f(x):
    return torch.sin(x)


def g(x):
    return x**2 + 1


df, dg = torch.func.grad(f), torch.func.grad(g)
x = torch.tensor(1.0)
product = torch.func.grad(lambda x: f(x) * g(x))(x), df(x) * g(x) + f(x) * dg(x)
quotient = torch.func.grad(lambda x: f(x) / g(x))(x), (df(x) * g(x) - f(x) * dg(x)) / g(x) ** 2
product, quotient
