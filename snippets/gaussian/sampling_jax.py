import jax
import jax.numpy as jnp

mu = jnp.array([0.0, 1.0])
Sigma = jnp.array([[1.0, 0.6], [0.6, 2.0]])
X = jax.random.multivariate_normal(jax.random.key(0), mu, Sigma, (10_000,))  # one draw per row
X.mean(axis=0), jnp.cov(X.T)
