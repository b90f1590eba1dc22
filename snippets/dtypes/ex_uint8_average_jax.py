import jax.numpy as jnp

a = jnp.array([200, 100], dtype=jnp.uint8)  # two pixels of two images
b = jnp.array([100, 100], dtype=jnp.uint8)
# widen before adding: 200 + 100 does not fit in uint8
((a.astype(jnp.int16) + b) // 2).astype(jnp.uint8)
