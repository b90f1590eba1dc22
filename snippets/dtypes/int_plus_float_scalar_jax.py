import jax.numpy as jnp

small = jnp.array([1, 2], dtype=jnp.int8)
small + 1.5  # a float scalar with integers: the default float dtype, still weak
