import jax.numpy as jnp

X = jnp.arange(12.0).reshape(3, 4)
Z = X.at[0].set(0)  # a new array; X cannot change
X, Z
