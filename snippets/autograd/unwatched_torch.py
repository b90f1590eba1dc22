import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x = torch.tensor([4.0, 5.0, 6.0])  # requires_grad is False
y = torch.dot(w, x)
y.backward()
w.grad, x.grad  # x.grad stays None, without a warning
