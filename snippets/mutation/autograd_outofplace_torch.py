import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a.sigmoid()
keep = torch.tensor([True, False, True])
b = torch.where(keep, b, 2.0)  # out of place: a new tensor, the saved b is untouched
b.sum().backward()
a.grad  # element 1 was replaced by a constant, so its gradient is 0
