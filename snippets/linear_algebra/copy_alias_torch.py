import torch

A = torch.arange(6.0).reshape(2, 3)
B = A  # a second name for the same tensor
C = A.clone()  # a new tensor with its own memory
B[0, 0] = 100  # in place: A sees it, C does not
A, C
