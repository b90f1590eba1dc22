import jax.numpy as jnp

X = jnp.arange(24.0).reshape(2, 3, 4)
X.sum(axis=(0, 1)), X.mean(), X.sum() / X.size  # the mean is the sum over the count
