import torch


def f(x):
    return torch.log(x**2) * torch.sin(x) + 1 / x


def df_by_hand(x):  # the chain rule along the graph, term by term
    return 2 / x * torch.sin(x) + torch.log(x**2) * torch.cos(x) - 1 / x**2


x = torch.tensor([0.5, 1.0, 2.0, 4.0])
torch.func.vmap(torch.func.grad(f))(x), df_by_hand(x)
