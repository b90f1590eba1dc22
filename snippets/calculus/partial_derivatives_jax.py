import jax
import jax.numpy as jnp


def f(x):  # f(x1, x2) = 3 x1² x2 + x2³
    return 3 * x[0] ** 2 * x[1] + x[1] ** 3


x = jnp.array([1.0, 2.0])
gradient = jax.grad(f)(x)
analytic = jnp.stack([6 * x[0] * x[1], 3 * x[0] ** 2 + 3 * x[1] ** 2])
gradient, analytic
