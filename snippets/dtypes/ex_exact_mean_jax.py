import jax.numpy as jnp

counts = jnp.array([1, 2], dtype=jnp.int32)
counts.astype(jnp.float32).mean()  # jnp.mean would also give a float
