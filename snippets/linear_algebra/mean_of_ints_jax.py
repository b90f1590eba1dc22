import jax.numpy as jnp

x = jnp.arange(4)
x.mean(), x.astype(jnp.float32).mean()
