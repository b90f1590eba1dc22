import torch

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x = torch.tensor([4.0, 5.0, 6.0])
x.requires_grad_()  # start recording operations on x too
y = torch.dot(w, x)
y.backward()
w.grad, x.grad
