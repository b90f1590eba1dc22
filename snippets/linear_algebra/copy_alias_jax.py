import jax.numpy as jnp

A = jnp.arange(6.0).reshape(2, 3)
B = A  # harmless: JAX arrays cannot be changed in place
B = B.at[0, 0].set(100)  # returns a new array; A is untouched
A, B
