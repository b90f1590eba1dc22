import jax.numpy as jnp
from jax.scipy.stats import multivariate_normal, norm

mu = jnp.array([0.0, 1.0])
Sigma = jnp.array([[1.0, 0.6], [0.6, 2.0]])
x1 = jnp.linspace(-8, 8, 801)
x2 = jnp.array([-1.0, 0.0, 1.0, 2.0, 3.0])
X1, X2 = jnp.meshgrid(x1, x2, indexing="ij")
p = multivariate_normal.pdf(jnp.stack([X1, X2], axis=-1), mu, Sigma)
numerical = jnp.trapezoid(p, x1, axis=0)  # integrate x1 out
exact = norm.pdf(x2, mu[1], jnp.sqrt(Sigma[1, 1]))  # N(mu_2, Sigma_22): takes the std
numerical, exact
