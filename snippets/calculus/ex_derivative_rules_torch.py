import torch

rules = {  # f, and f' by the rules
    "x**3": (lambda x: x**3, lambda x: 3 * x**2),
    "exp": (torch.exp, torch.exp),
    "log": (torch.log, lambda x: 1 / x),
}
x = torch.tensor(2.0)
{name: (torch.func.grad(f)(x), df(x)) for name, (f, df) in rules.items()}
