import jax.numpy as jnp

top = jnp.array([127], dtype=jnp.int8)
bottom = jnp.array([0], dtype=jnp.uint8)
top + 1, bottom - 1  # both wrap around, silently
