import torch


@torch.compile(fullgraph=True)
def f(x):
    return torch.cond(x.sum() > 0, lambda x: 2 * x, lambda x: -x, (x,))


f(torch.tensor([1.0, 2.0])), f(torch.tensor([1.0, -2.0]))
