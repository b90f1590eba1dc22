import matplotlib.pyplot as plt
import torch
from torch.distributions import MultivariateNormal

mu = torch.tensor([0.0, 1.0])
Sigma = torch.tensor([[1.0, 0.6], [0.6, 2.0]])
X1, X2 = torch.meshgrid(torch.linspace(-3, 3, 60), torch.linspace(-3, 4, 60), indexing="xy")
Z = MultivariateNormal(mu, Sigma).log_prob(torch.stack([X1, X2], dim=-1)).exp()
X1, X2, Z = X1.cpu(), X2.cpu(), Z.cpu()  # matplotlib reads CPU memory

fig = plt.figure(figsize=(6, 4.5))
ax = fig.add_subplot(projection="3d")
ax.plot_surface(X1, X2, Z, rstride=3, cstride=3, cmap="viridis", linewidth=0.5)
ax.contourf(X1, X2, Z, zdir="z", offset=-0.15, cmap="viridis")  # drawn on the floor z = -0.15
ax.set(xlabel="$x_1$", ylabel="$x_2$", zlabel="density", zlim=(-0.15, 0.2),
       zticks=[0, 0.05, 0.1, 0.15, 0.2], title="Bivariate Gaussian density")
ax.view_init(elev=27, azim=-21)
plt.show()
