import jax.numpy as jnp

x = jnp.array(3.0)
y = jnp.array(2.0)
x + y, x * y, x / y, x**y
