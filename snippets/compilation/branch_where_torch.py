import torch


@torch.compile
def leaky_relu(x):
    return torch.where(x > 0, x, 0.1 * x)


leaky_relu(torch.tensor([-2.0, -0.5, 0.0, 1.5]))
