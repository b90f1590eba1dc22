import jax.numpy as jnp

x = jnp.array([0.0, jnp.nan, 5.0])
x.argmax(), x.max()  # NaN counts as the largest value, as in NumPy
