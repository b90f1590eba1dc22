import torch

torch.manual_seed(0)  # seed once: each draw then continues the stream
x = torch.randn(100_000)
y = torch.randn(100_000)
# the same numbers would give 1 and 1; independent draws give about 0 and 0
(x == y).float().mean(), (x * y).mean()  # the second: the covariance of x and y
