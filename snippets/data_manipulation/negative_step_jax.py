import jax.numpy as jnp

x = jnp.arange(5)
x[::-1]
