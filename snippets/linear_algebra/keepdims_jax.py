import jax.numpy as jnp

A = jnp.arange(6.0).reshape(2, 3)
row_sums = A.sum(axis=1, keepdims=True)
row_sums, A / row_sums
