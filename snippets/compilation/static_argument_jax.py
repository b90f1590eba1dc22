import jax
import jax.numpy as jnp

traces = []


def power(x, n):
    traces.append(n)
    y = jnp.ones_like(x)
    for _ in range(n):  # range() needs a concrete int, not a tracer
        y = y * x
    return y


power = jax.jit(power, static_argnums=1)
x = jnp.array([1.0, 2.0, 3.0])
power(x, 2), power(x, 3), power(x, 2), len(traces)
