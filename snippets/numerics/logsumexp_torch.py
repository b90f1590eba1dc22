import torch

x = torch.tensor([[1000.0, 1000.0], [-1000.0, -1000.0]])
naive = torch.log(torch.exp(x).sum(dim=1))  # exp(1000) is inf, exp(-1000) is 0
stable = torch.logsumexp(x, dim=1)  # max + log(sum(exp(x - max)))
naive, stable
