import jax.numpy as jnp

X = jnp.arange(24).reshape(2, 3, 4)
X, X.ndim, X.shape
