import jax.numpy as jnp

mu = jnp.array([0.05, 0.08, 0.12])  # expected returns of three stocks
sigma = jnp.array([[0.010, 0.002, 0.001],  # covariance of the returns
                   [0.002, 0.040, 0.010],
                   [0.001, 0.010, 0.090]])
alpha = jnp.array([0.5, 0.3, 0.2])  # a portfolio: weights that sum to 1
# the portfolio of least variance: α proportional to Σ⁻¹ 1
least = jnp.linalg.solve(sigma, jnp.ones(3))
least = least / least.sum()
alpha @ mu, alpha @ sigma @ alpha, least, least @ mu, least @ sigma @ least
