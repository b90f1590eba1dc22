import time

import jax
import jax.numpy as jnp


def timed(fn, *args):
    """Run fn(*args) and return (its result, the seconds it took, computation included)."""
    start = time.perf_counter()
    result = jax.block_until_ready(fn(*args))  # any pytree of arrays
    return result, time.perf_counter() - start


x = jnp.arange(4.0).reshape(2, 2)
result, seconds = timed(lambda x: (x @ x, x.sum()), x)
result, seconds > 0
