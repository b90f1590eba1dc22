import jax
import jax.numpy as jnp


def f(x):
    return 3 * x**2 - 4 * x


def error(dtype):  # |difference quotient - f'(1)| for h = 1e-1 ... 1e-7
    x = jnp.array(1.0, dtype=dtype)
    h = jnp.array([10.0**-k for k in range(1, 8)], dtype=dtype)
    return jnp.abs((f(x + h) - f(x)) / h - 2)


# float64 needs x64 mode; without it JAX warns and truncates to float32
with jax.enable_x64(True):
    errors = error(jnp.float32), error(jnp.float64)
errors
