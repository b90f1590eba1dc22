import jax
import jax.numpy as jnp


def z(x):
    y = x * x  # everything between x and z belongs inside the function
    return jnp.sum(3 * y)


jax.grad(z)(jnp.array([1.0, 2.0]))  # dz/dx = 6x
