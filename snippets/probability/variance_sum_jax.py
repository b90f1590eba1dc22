import jax
import jax.numpy as jnp

Sigma = jnp.array([[1.0, 0.6], [0.6, 2.0]])  # Var X = 1, Var Y = 2, Cov(X, Y) = 0.6
L = jnp.linalg.cholesky(Sigma)
xy = jax.random.normal(jax.random.key(0), (100_000, 2)) @ L.T  # covariance Sigma
v = jnp.array([2.0, -1.0])
sampled = (xy @ v).var()  # Var[2X - Y], dividing by n
# a² Var X + b² Var Y + 2ab Cov(X, Y), and the same as vᵀ Σ v: 4 + 2 - 2.4 = 3.6
theory = 4 * Sigma[0, 0] + Sigma[1, 1] + 2 * 2 * -1 * Sigma[0, 1], v @ Sigma @ v
sampled, theory
