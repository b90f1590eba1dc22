import torch

X = torch.arange(24.0).reshape(2, 3, 4)
X.sum(dim=(0, 1)), X.mean(), X.sum() / X.numel()  # the mean is the sum over the count
