import jax.numpy as jnp
from jax.scipy.stats import multivariate_normal

log_p, p = [], []
for n in (10, 50, 200):  # a standard normal in n dimensions, at its mean
    log_p.append(multivariate_normal.logpdf(jnp.zeros(n), jnp.zeros(n), jnp.eye(n)))
    p.append(multivariate_normal.pdf(jnp.zeros(n), jnp.zeros(n), jnp.eye(n)))
jnp.stack(log_p), jnp.stack(p)
