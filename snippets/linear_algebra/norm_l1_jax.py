import jax.numpy as jnp

u = jnp.array([3.0, -4.0])
jnp.linalg.vector_norm(u, ord=1), jnp.abs(u).sum()
