import jax
import jax.numpy as jnp

x = jnp.array(3.0)
dy_dx = jax.grad(lambda x: x * x)  # a function: nothing is recorded or freed
dy_dx(x), dy_dx(x)  # 2x = 6, as often as you ask
