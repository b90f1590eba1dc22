import jax
import jax.numpy as jnp

dy_dx = jax.grad(lambda x: x**3)
x = jnp.array(2.0)
dy_dx(x), dy_dx(x)  # a pure function: 3x² = 12 both times
