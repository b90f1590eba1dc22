import jax
import jax.numpy as jnp

c = 3.0
x = jnp.array([0.0, 1.0, 2.0])
# each output depends on its own x_i only, so the gradient of the sum holds every derivative
autodiff = jax.grad(lambda x: (c * jnp.sin(x)).sum())(x)
autodiff, c * jnp.cos(x)
