import timeit

import jax
import jax.numpy as jnp

a = jnp.ones(1_000_000) * 3
b = jnp.ones(1_000_000) * 5
f = jax.jit(jnp.multiply)

f(a, b).block_until_ready()  # fix 1: compile before timing
n = 20
per_call = timeit.timeit(lambda: f(a, b).block_until_ready(), number=n) / n  # fix 2: wait
round(per_call * 1e6, 1)  # µs per call
