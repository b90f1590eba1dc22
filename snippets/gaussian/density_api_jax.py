import jax.numpy as jnp
from jax.scipy.stats import multivariate_normal

mu = jnp.array([0.0, 1.0])
Sigma = jnp.array([[1.0, 0.6], [0.6, 2.0]])
x = jnp.array([[0.0, 1.0], [1.0, 1.0], [-1.0, 2.0], [2.0, -1.0]])
multivariate_normal.pdf(x, mu, Sigma)
