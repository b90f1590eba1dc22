import jax.numpy as jnp

v = jnp.zeros(4)
v = jnp.array([1.0, 2.0, 3.0, 4.0])  # each step binds the name to a new array
v = v + 1.0
v = v.at[jnp.array([0, 2])].set(jnp.array([10.0, 30.0]))
v
