import timeit

import jax
import jax.numpy as jnp

traces = []


@jax.jit
def f(x):
    traces.append(1)  # runs only while tracing
    return jnp.tanh(x @ x) + 2 * x


x = jax.random.normal(jax.random.key(0), (64, 64))
f(x).block_until_ready()  # warm up
timeit.timeit(lambda: f(x).block_until_ready(), number=50)
len(traces)  # 1: the timed calls compiled nothing
