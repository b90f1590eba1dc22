import torch


def logsumexp(x, dim):
    m = x.amax(dim=dim, keepdim=True)
    m = torch.where(torch.isfinite(m), m, 0.0)  # a row of -inf: shift by 0, not by -inf
    return (m + torch.log(torch.exp(x - m).sum(dim=dim, keepdim=True))).squeeze(dim)


inf = float("inf")
x = torch.tensor([[1000.0, 1000.0, 999.0], [-1000.0, -1000.0, -1001.0], [-inf, -inf, -inf]])
logsumexp(x, dim=1), torch.logsumexp(x, dim=1)
