import torch

v = torch.zeros(4)
v.copy_(torch.tensor([1.0, 2.0, 3.0, 4.0]))  # replace every value, in place
v.add_(1.0)                                  # v += 1
v[[0, 2]] = torch.tensor([10.0, 30.0])       # elements 0 and 2
v
