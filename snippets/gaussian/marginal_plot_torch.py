import matplotlib.pyplot as plt
import torch
from torch.distributions import MultivariateNormal, Normal

mu = torch.tensor([0.0, 1.0])
Sigma = torch.tensor([[1.0, 0.6], [0.6, 2.0]])
x1 = torch.linspace(-8, 8, 801)
x2 = torch.linspace(-4, 6, 200)
X1, X2 = torch.meshgrid(x1, x2, indexing="ij")
p = MultivariateNormal(mu, Sigma).log_prob(torch.stack([X1, X2], dim=-1)).exp()
numerical = torch.trapezoid(p, x1, dim=0)
exact = Normal(mu[1], Sigma[1, 1].sqrt()).log_prob(x2).exp()
x2, numerical, exact = x2.cpu(), numerical.cpu(), exact.cpu()  # matplotlib reads CPU memory

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x2, exact, label=r"$\mathcal{N}(\mu_2, \Sigma_{22}) = \mathcal{N}(1, 2)$")
ax.plot(x2[::10], numerical[::10], "o", label=r"$\int p(x_1, x_2)\,dx_1$, numerically")
ax.set(xlabel="$x_2$", ylabel="density", ylim=(0, 0.4), title="Marginal of $x_2$")
ax.legend(loc="upper left", fontsize="small")
plt.show()
