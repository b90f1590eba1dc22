import jax.numpy as jnp

x = jnp.arange(12, dtype=jnp.float32)
x.reshape(3, 4), x.reshape(2, -1)
