import jax.numpy as jnp

A = jnp.arange(1.0, 10.0).reshape(3, 3)
buggy = A / A.sum(axis=1)  # runs: (3,) broadcasts along the rows, dividing columns
fixed = A / A.sum(axis=1, keepdims=True)  # (3, 1): each row by its own sum
buggy.sum(axis=1), fixed.sum(axis=1)
