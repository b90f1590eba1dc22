import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt
from jax.scipy.stats import multivariate_normal

mu = jnp.array([0.0, 1.0])
Sigma = jnp.array([[1.0, 0.6], [0.6, 2.0]])
X = jax.random.multivariate_normal(jax.random.key(0), mu, Sigma, (1_000,))
G1, G2 = jnp.meshgrid(jnp.linspace(-4, 4, 100), jnp.linspace(-4, 6, 100))
Z = multivariate_normal.pdf(jnp.stack([G1, G2], axis=-1), mu, Sigma)

fig, ax = plt.subplots(figsize=(4.5, 5))
ax.scatter(X[:, 0], X[:, 1], s=4, alpha=0.4, color="tab:gray", label="1000 samples")
ax.contour(G1, G2, Z, levels=5, cmap="viridis")
ax.set(xlabel="$x_1$", ylabel="$x_2$", aspect="equal", title="Samples and density contours")
ax.legend(loc="upper left")
plt.show()
