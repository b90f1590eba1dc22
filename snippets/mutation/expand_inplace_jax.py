import jax.numpy as jnp

bias = jnp.zeros(3)
B = jnp.broadcast_to(bias, (2, 3))
B = B + jnp.array([[1.0], [2.0]])  # a new array with its own six elements
B
