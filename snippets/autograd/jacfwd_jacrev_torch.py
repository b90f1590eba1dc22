import torch


def f(x):  # products of neighbours: R⁴ -> R³
    return x[:-1] * x[1:]


x = torch.tensor([1.0, 2.0, 3.0, 4.0])
torch.func.jacfwd(f)(x), torch.func.jacrev(f)(x)  # one JVP per input, one VJP per output
