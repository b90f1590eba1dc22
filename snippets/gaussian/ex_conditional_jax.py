import jax.numpy as jnp
from jax.scipy.stats import multivariate_normal

mu = jnp.array([0.0, 1.0])
Sigma = jnp.array([[1.0, 0.6], [0.6, 2.0]])
b = 3.0  # condition on x2 = 3
mean = mu[0] + Sigma[0, 1] / Sigma[1, 1] * (b - mu[1])
var = Sigma[0, 0] - Sigma[0, 1] ** 2 / Sigma[1, 1]

x1 = jnp.linspace(-8, 8, 1601)
p = multivariate_normal.pdf(jnp.stack([x1, jnp.full_like(x1, b)], -1), mu, Sigma)
w = p / p.sum()  # the slice at x2 = 3, normalised: p(x1 | x2 = 3)
num_mean = (w * x1).sum()
num_var = (w * (x1 - num_mean) ** 2).sum()
(mean, var), (num_mean, num_var)
