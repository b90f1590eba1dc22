import jax.numpy as jnp

X = jnp.arange(12, dtype=jnp.float32).reshape(3, 4)
rows = jnp.array([0, 2])
X[rows]
