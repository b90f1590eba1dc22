import jax
import jax.numpy as jnp

w = jnp.array([1.0, -2.0])
g = jax.grad(lambda w: (w**2).sum())(w)
w -= 0.1 * g  # rebinds w to a new array: nothing is recorded, nothing to protect
w
