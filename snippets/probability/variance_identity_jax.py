import jax.numpy as jnp

x = jnp.arange(1.0, 7.0)     # the values of a fair die
p = jnp.full(6, 1 / 6)       # their probabilities
mean = (p * x).sum()                                     # E[X] = 3.5
mean, (p * x**2).sum() - mean**2, (p * (x - mean) ** 2).sum()  # Var[X] two ways: 35/12
