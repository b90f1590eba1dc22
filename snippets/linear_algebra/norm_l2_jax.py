import jax.numpy as jnp

u = jnp.array([3.0, -4.0])
jnp.linalg.vector_norm(u), jnp.sqrt(jnp.sum(u**2))
