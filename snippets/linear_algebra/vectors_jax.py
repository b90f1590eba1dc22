import jax.numpy as jnp

x = jnp.arange(3)
x, x[2], len(x), x.shape
