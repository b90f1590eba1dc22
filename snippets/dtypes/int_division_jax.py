import jax.numpy as jnp

x = jnp.array([7, -7], dtype=jnp.int32)
x // 2, x / 2  # floor division keeps ints; true division gives floats
