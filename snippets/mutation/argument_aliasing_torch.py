import torch


def normalize(x):
    x /= x.sum()  # in place: x is the caller's tensor, not a copy
    return x


w = torch.tensor([1.0, 3.0])
p = normalize(w)
w, p  # w changed too: p and w are one tensor
