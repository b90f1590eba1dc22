import torch
from torch.distributions import MultivariateNormal

torch.manual_seed(0)
mu = torch.tensor([0.0, 1.0], requires_grad=True)
Sigma = torch.tensor([[1.0, 0.6], [0.6, 2.0]])
x = MultivariateNormal(mu, Sigma).rsample((10_000,))  # mu + L z: differentiable in mu
loss = (x**2).sum(dim=1).mean()  # estimates E|x|^2 = |mu|^2 + trace(Sigma) = 4
loss.backward()
loss, mu.grad  # exact gradient: 2 mu = [0, 2]
