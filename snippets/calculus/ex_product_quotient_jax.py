import jax
import jax.numpy as jnp


def f(x):
    return jnp.sin(x)


def g(x):
    return x**2 + 1


df, dg = jax.grad(f), jax.grad(g)
x = jnp.array(1.0)
product = jax.grad(lambda x: f(x) * g(x))(x), df(x) * g(x) + f(x) * dg(x)
quotient = jax.grad(lambda x: f(x) / g(x))(x), (df(x) * g(x) - f(x) * dg(x)) / g(x) ** 2
product, quotient
