import torch
from torch.distributions import MultivariateNormal

log_p, p = [], []
for n in (10, 50, 200):  # a standard normal in n dimensions, at its mean
    dist = MultivariateNormal(torch.zeros(n), torch.eye(n))
    log_p.append(dist.log_prob(torch.zeros(n)))
    p.append(log_p[-1].exp())
torch.stack(log_p), torch.stack(p)
