import jax
import jax.numpy as jnp


def f(x):  # f(x1, x2) = 3 x1² + 5 exp(x2)
    return 3 * x[0] ** 2 + 5 * jnp.exp(x[1])


x = jnp.array([2.0, 1.0])
jax.grad(f)(x), jnp.stack([6 * x[0], 5 * jnp.exp(x[1])])
