import jax
import jax.numpy as jnp


def f(a):
    b = a * 2
    while jnp.linalg.norm(b) < 1000:
        b = b * 2
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c


a = jnp.array(-0.3)
jax.grad(f)(a), f(a) / a  # f(a) = k·a, so the gradient is k = f(a) / a
