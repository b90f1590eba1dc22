import jax.numpy as jnp

X = jnp.arange(6.0)
V = X.reshape(2, 3)          # arrays are immutable: no writing through V
V = V.at[0, 0].set(100.0)    # a new array; X is unchanged
S = X[1:3] * 10              # a new array too
X, V
