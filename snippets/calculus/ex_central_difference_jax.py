import jax
import jax.numpy as jnp


def f(x):
    return x**3  # f'(1) = 3


with jax.enable_x64(True):  # float64 for this block only
    x = jnp.array(1.0, dtype=jnp.float64)
    h = jnp.array([1e-1, 1e-2, 1e-3], dtype=jnp.float64)
    forward = (f(x + h) - f(x)) / h - 3
    central = (f(x + h) - f(x - h)) / (2 * h) - 3
forward, central
