import jax.numpy as jnp

x = jnp.array([-1.7, 1.7, 2.5])
x.astype(jnp.int32), jnp.round(x).astype(jnp.int32)  # truncates; round first to round
