import torch

a = torch.arange(6.0).reshape(2, 1, 3)
b = torch.arange(4.0).reshape(4, 1)  # treated as shape (1, 4, 1)
c = a + b
tuple(c.shape), c[1, 2, 0], c[1, 2, 0] == a[1, 0, 0] + b[2, 0]
