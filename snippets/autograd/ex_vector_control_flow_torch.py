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


a = torch.tensor([-0.3, 0.2, 0.05])
# f(a) = k·a with one k for all entries: the Jacobian is k times the identity
torch.func.jacrev(f)(a), f(a) / a
