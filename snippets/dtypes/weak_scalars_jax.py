import jax.numpy as jnp

small = jnp.array([1, 2], dtype=jnp.int8)
half = jnp.array([1.0, 2.0], dtype=jnp.float16)
small + 1, half * 2.0  # a Python number is weakly typed: the array's dtype wins
