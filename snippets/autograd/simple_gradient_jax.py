import jax
import jax.numpy as jnp


def f(x):
    return 2 * jnp.dot(x, x)


x = jnp.arange(4.0)
gradient = jax.grad(f)(x)  # grad transforms the function, not the array
f(x), gradient, gradient == 4 * x
