import torch

scale = 2.0


@torch.compile
def f(x):
    return scale * x  # reads the global


before = f(torch.ones(2))
scale = 3.0
after = f(torch.ones(2))  # the guard on `scale` fails: compiled again with 3.0
before, after
