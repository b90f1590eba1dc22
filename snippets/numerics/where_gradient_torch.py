import torch


def entropy_term(p):  # sum of p log p, with 0 log 0 taken as 0
    return torch.where(p > 0, p * torch.log(p), 0.0).sum()


def entropy_term_safe(p):  # log never sees a 0: the unused branch stays finite
    safe = torch.where(p > 0, p, 1.0)
    return torch.where(p > 0, p * torch.log(safe), 0.0).sum()


p = torch.tensor([0.0, 0.25, 0.75], requires_grad=True)
value = entropy_term(p)  # finite
(grad,) = torch.autograd.grad(value, p)  # but the gradient at p = 0 is nan
(safe_grad,) = torch.autograd.grad(entropy_term_safe(p), p)
value, grad, safe_grad
