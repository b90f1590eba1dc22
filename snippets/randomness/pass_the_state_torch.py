from itertools import pairwise

import torch


def init(sizes, generator):
    """Weights for a stack of layers, drawn only from the generator passed in."""
    return [torch.randn(m, n, generator=generator) / m**0.5 for m, n in pairwise(sizes)]


sizes = [4, 8, 2]
first = init(sizes, torch.Generator(device=torch.get_default_device()).manual_seed(0))
torch.rand(5)  # the rest of the program draws from the global generator meanwhile
second = init(sizes, torch.Generator(device=torch.get_default_device()).manual_seed(0))
same = all(torch.equal(a, b) for a, b in zip(first, second, strict=True))
[tuple(w.shape) for w in first], same
