import jax.numpy as jnp

A = jnp.arange(6.0).reshape(2, 3)
x = jnp.array([1.0, -1.0, 2.0])
columns = x[0] * A[:, 0] + x[1] * A[:, 1] + x[2] * A[:, 2]
A @ x, columns
