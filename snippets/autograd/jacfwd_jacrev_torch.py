import torch


def f(x):  # products of neighbours: R⁴ -> R³
    return x[:-1] * x[1:]


x = torch.tensor([1.0, 2.0, 3.0, 4.0])
# jacfwd: one JVP per input (column); jacrev: one VJP per output (row)
torch.func.jacfwd(f)(x), torch.func.jacrev(f)(x)
