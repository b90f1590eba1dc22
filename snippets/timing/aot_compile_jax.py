import time

import jax
import jax.numpy as jnp


def f(x):
    return jnp.tanh(x @ x) + 2 * x


x = jax.random.normal(jax.random.key(0), (256, 256))
start = time.perf_counter()
compiled = jax.jit(f).lower(x).compile()  # trace and compile now, for x's shape and dtype
compile_done = time.perf_counter()
compiled(x).block_until_ready()
first_done = time.perf_counter()
compiled(x).block_until_ready()
second_done = time.perf_counter()
{"lower + compile (ms)": round((compile_done - start) * 1e3, 2),
 "first call (ms)": round((first_done - compile_done) * 1e3, 2),
 "second call (ms)": round((second_done - first_done) * 1e3, 2)}
