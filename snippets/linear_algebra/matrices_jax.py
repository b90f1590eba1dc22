import jax.numpy as jnp

A = jnp.arange(6).reshape(3, 2)
A, A.T
