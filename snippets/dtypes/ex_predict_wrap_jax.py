import jax.numpy as jnp

x = jnp.array([100, 120], dtype=jnp.int8)
x + 100  # the weakly typed 100 does not widen int8: 200 and 220 wrap around
