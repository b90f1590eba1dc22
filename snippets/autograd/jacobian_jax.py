import jax
import jax.numpy as jnp


def f(x):  # products of neighbours: R⁴ -> R³
    return x[:-1] * x[1:]


x = jnp.array([1.0, 2.0, 3.0, 4.0])
jax.jacrev(f)(x)  # row i: gradient of output i
