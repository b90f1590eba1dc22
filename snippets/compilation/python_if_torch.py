import torch


@torch.compile
def f(x):
    if x.sum() > 0:  # data-dependent: Dynamo breaks the graph here and asks Python
        return 2 * x
    return -x


f(torch.tensor([1.0, 2.0])), f(torch.tensor([1.0, -2.0]))
