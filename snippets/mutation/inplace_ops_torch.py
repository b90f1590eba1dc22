import torch

x = torch.ones(3)
view = x[1:]  # a view shares x's storage, and its version counter
before = x.data_ptr()
x.add_(1.0)  # a trailing underscore: the in-place version of add
x.mul_(3.0)
x[0] = 0.0  # item assignment is in place too (x[0] is not part of the view)
out = torch.empty(3)
torch.add(x, 1.0, out=out)  # write the result into an existing tensor
print("same memory:", x.data_ptr() == before)
print("versions of x and of its view:", x._version, view._version)
x, out
