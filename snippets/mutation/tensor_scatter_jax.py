import jax.numpy as jnp

X = jnp.zeros((3, 4))
rows = X.at[jnp.array([0, 2])].set(jnp.array([[1.0] * 4, [2.0] * 4]))  # two whole rows
cells = X.at[jnp.array([0, 2]), jnp.array([1, 3])].set(jnp.array([5.0, 6.0]))  # two cells
rows, cells
