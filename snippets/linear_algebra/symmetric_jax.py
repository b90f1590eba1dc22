import jax.numpy as jnp

A = jnp.array([[1, 2, 3], [2, 0, 4], [3, 4, 5]])
A == A.T, (A == A.T).all()
