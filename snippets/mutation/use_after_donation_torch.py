import torch


def step_(x):  # updates its argument in place
    return x.mul_(0.9).add_(1.0)


x = torch.zeros(4)
y = step_(x)
x + y  # x is y: both hold the new values, so this is 2 * y
