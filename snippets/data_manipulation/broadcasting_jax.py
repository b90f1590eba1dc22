import jax.numpy as jnp

a = jnp.arange(3).reshape(3, 1)
b = jnp.arange(2).reshape(1, 2)
a + b
