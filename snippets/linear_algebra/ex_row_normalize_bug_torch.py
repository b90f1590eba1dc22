import torch

A = torch.arange(1.0, 10.0).reshape(3, 3)
buggy = A / A.sum(dim=1)  # runs: (3,) broadcasts along the rows, dividing columns
fixed = A / A.sum(dim=1, keepdim=True)  # (3, 1): each row by its own sum
buggy.sum(dim=1), fixed.sum(dim=1)
