import jax.numpy as jnp

X = jnp.arange(12, dtype=jnp.float32).reshape(3, 4)
X[-1], X[1:3], X[1, 2]
