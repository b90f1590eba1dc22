import torch


def f(a):
    b = a * 2
    while torch.linalg.vector_norm(b) < 1000:
        b = b * 2
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c


a = torch.tensor(-0.3, requires_grad=True)
d = f(a)  # d = k·a for a k that depends on a
d.backward()
a.grad, d.detach() / a.detach()  # so the gradient is k = d / a
