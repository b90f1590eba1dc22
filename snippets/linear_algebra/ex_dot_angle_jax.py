import jax.numpy as jnp

u = jnp.array([3.0, 4.0])
v = jnp.array([4.0, 3.0])
cos = jnp.dot(u, v) / (jnp.linalg.vector_norm(u) * jnp.linalg.vector_norm(v))
cos, jnp.rad2deg(jnp.arccos(cos))
