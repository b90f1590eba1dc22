import torch

x = torch.tensor(1.0, requires_grad=True)
f = [torch.tensor(1.0)]  # a list of tensors, not rows of one preallocated tensor
for i in range(1, 10):
    f.append(torch.sigmoid(f[i - 1] * x))
loss = torch.stack(f).sum()
(grad,) = torch.autograd.grad(loss, x)
loss.detach(), grad
