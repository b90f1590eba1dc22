import jax.numpy as jnp

X = jnp.arange(12, dtype=jnp.float32).reshape(3, 4)
X_new = X.at[:2, :].set(12)  # a new array; X is unchanged
X_new
