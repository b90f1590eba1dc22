import jax.numpy as jnp

x = jnp.arange(3.0)
y = jnp.array([1.0, 2.0, 3.0])
jnp.dot(x, y), (x * y).sum()
