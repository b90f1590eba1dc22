import jax.numpy as jnp

A = jnp.arange(6.0).reshape(2, 3)
A.T
