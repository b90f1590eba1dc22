import torch

x = torch.ones(3)
before = x.data_ptr()
x.add_(1.0)        # a trailing underscore: the in-place version of add
x.mul_(3.0)
x[0] = 0.0         # item assignment is in place too
out = torch.empty(3)
torch.add(x, 1.0, out=out)  # write the result into an existing tensor
print("same memory:", x.data_ptr() == before, "| in-place ops on x:", x._version)
x, out
