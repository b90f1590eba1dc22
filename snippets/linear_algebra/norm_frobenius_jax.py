import jax.numpy as jnp

X = jnp.ones((4, 9))
jnp.linalg.matrix_norm(X), jnp.linalg.norm(X)
