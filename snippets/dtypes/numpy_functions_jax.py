import jax.numpy as jnp

counts = jnp.array([1, 2], dtype=jnp.int32)
weights = jnp.array([0.5, 0.25])
jnp.add(counts, weights)
