import jax.numpy as jnp

row = jnp.zeros((1, 3))
E = jnp.broadcast_to(row, (2, 3))
E = E.at[0, 0].set(1.0)  # a new array: only row 0 changes
E, row
