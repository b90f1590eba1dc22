import jax.numpy as jnp

idx = jnp.array([0, 0, 2])  # index 0 appears twice
x = jnp.zeros(4)
x = x.at[idx].set(x[idx] + 1)  # what NumPy's x[idx] += 1 means: index 0 gets 1
y = jnp.zeros(4).at[idx].add(1)  # .add accumulates: index 0 gets 2
x, y
