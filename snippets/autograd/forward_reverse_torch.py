import torch


def f(x):  # products of neighbours: R⁴ -> R³
    return x[:-1] * x[1:]


x = torch.tensor([1.0, 2.0, 3.0, 4.0])
v = torch.tensor([0.0, 1.0, 0.0, 0.0])  # input direction
u = torch.tensor([0.0, 1.0, 0.0])  # output weights
_, jv = torch.func.jvp(f, (x,), (v,))  # forward mode: J v, column 1 of J
_, vjp_fn = torch.func.vjp(f, x)
(uj,) = vjp_fn(u)  # reverse mode: uᵀ J, row 1 of J
jv, uj
