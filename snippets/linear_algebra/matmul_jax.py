import jax.numpy as jnp

A = jnp.arange(6.0).reshape(2, 3)
B = jnp.ones((3, 4))
A @ B
