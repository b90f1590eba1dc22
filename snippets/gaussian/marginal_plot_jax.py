import jax.numpy as jnp
import matplotlib.pyplot as plt
from jax.scipy.stats import multivariate_normal, norm

mu = jnp.array([0.0, 1.0])
Sigma = jnp.array([[1.0, 0.6], [0.6, 2.0]])
x1 = jnp.linspace(-8, 8, 801)
x2 = jnp.linspace(-4, 6, 200)
X1, X2 = jnp.meshgrid(x1, x2, indexing="ij")
p = multivariate_normal.pdf(jnp.stack([X1, X2], axis=-1), mu, Sigma)
numerical = jnp.trapezoid(p, x1, axis=0)
exact = norm.pdf(x2, mu[1], jnp.sqrt(Sigma[1, 1]))

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x2, exact, label=r"$\mathcal{N}(\mu_2, \Sigma_{22}) = \mathcal{N}(1, 2)$")
ax.plot(x2[::10], numerical[::10], "o", label=r"$\int p(x_1, x_2)\,dx_1$, numerically")
ax.set(xlabel="$x_2$", ylabel="density", ylim=(0, 0.4), title="Marginal of $x_2$")
ax.legend(loc="upper left", fontsize="small")
plt.show()
