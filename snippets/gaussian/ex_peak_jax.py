import math

import jax.numpy as jnp
from jax.scipy.stats import multivariate_normal

mu = jnp.array([0.0, 1.0])
for rho in (0.6, 0.0):  # the covariance of this page, then without the correlation
    Sigma = jnp.array([[1.0, rho], [rho, 2.0]])
    formula = 1 / (2 * math.pi * jnp.sqrt(jnp.linalg.det(Sigma)))
    library = multivariate_normal.pdf(mu, mu, Sigma)
    print(f"rho = {rho}: det = {jnp.linalg.det(Sigma):.2f}, peak = {formula:.4f}")
formula, library
