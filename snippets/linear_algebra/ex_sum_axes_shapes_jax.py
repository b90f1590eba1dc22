import jax.numpy as jnp

X = jnp.ones((2, 3, 4))
X.sum(axis=0).shape, X.sum(axis=1).shape, X.sum(axis=2).shape, X.sum(axis=(0, 2)).shape
