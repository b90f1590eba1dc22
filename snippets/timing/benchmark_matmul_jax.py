import timeit

import jax


@jax.jit
def f(x):
    return x @ x


x = jax.random.normal(jax.random.key(0), (256, 256))
f(x).block_until_ready()  # warm up: compile outside the measurement

n = 100
seconds = timeit.timeit(lambda: f(x).block_until_ready(), number=n) / n
round(seconds * 1e6, 1)  # µs per call
