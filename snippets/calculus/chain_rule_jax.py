import jax
import jax.numpy as jnp


def g(x):  # inner function u = g(x) = x², g'(x) = 2x
    return x**2


def f(u):  # outer function y = f(u) = sin(u), f'(u) = cos(u)
    return jnp.sin(u)


x = jnp.array(1.5)
by_hand = jnp.cos(g(x)) * 2 * x  # f'(g(x)) · g'(x)
autodiff = jax.grad(lambda x: f(g(x)))(x)
by_hand, autodiff
