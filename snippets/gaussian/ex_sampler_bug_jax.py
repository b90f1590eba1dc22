import jax
import jax.numpy as jnp

key = jax.random.key(0)
mu = jnp.array([0.0, 1.0])
Sigma = jnp.array([[1.0, 0.6], [0.6, 2.0]])
L = jnp.linalg.cholesky(Sigma)  # Sigma = L L^T
z = jax.random.normal(key, (10_000, 2))  # standard normal draws, one per row
buggy = mu + z @ Sigma.T  # x = mu + Sigma z: covariance Sigma Sigma^T
fixed = mu + z @ L.T  # x = mu + L z: covariance L L^T = Sigma
jnp.cov(buggy.T), Sigma @ Sigma.T, jnp.cov(fixed.T)
