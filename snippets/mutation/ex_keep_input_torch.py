import torch


def step_(x):
    return x.mul_(0.9).add_(1.0)


x = torch.tensor([0.0, 10.0])
old = x.clone()  # a copy taken before the in-place update
y = step_(x)
y, y - old
