import jax.numpy as jnp

X = jnp.arange(24.0).reshape(2, 3, 4)
jnp.linalg.norm(X), jnp.sqrt((X**2).sum())
