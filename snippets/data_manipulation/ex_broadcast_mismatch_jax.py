# raises: ValueError
import jax.numpy as jnp

a = jnp.arange(6.0).reshape(2, 1, 3)
b = jnp.arange(8.0).reshape(4, 2)  # read as (1, 4, 2): lengths 3 and 2 on the last axis
a + b
