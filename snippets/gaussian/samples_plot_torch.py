import matplotlib.pyplot as plt
import torch
from torch.distributions import MultivariateNormal

torch.manual_seed(0)
dist = MultivariateNormal(torch.tensor([0.0, 1.0]), torch.tensor([[1.0, 0.6], [0.6, 2.0]]))
X = dist.sample((1_000,)).cpu()
G1, G2 = torch.meshgrid(torch.linspace(-4, 4, 100), torch.linspace(-4, 6, 100), indexing="xy")
Z = dist.log_prob(torch.stack([G1, G2], dim=-1)).exp()

fig, ax = plt.subplots(figsize=(4.5, 5))
ax.scatter(X[:, 0], X[:, 1], s=4, alpha=0.4, color="tab:gray", label="1000 samples")
ax.contour(G1.cpu(), G2.cpu(), Z.cpu(), levels=5, cmap="viridis")
ax.set(xlabel="$x_1$", ylabel="$x_2$", aspect="equal", title="Samples and density contours")
ax.legend(loc="upper left")
plt.show()
