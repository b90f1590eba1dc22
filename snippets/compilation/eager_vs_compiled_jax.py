import statistics
import time

import jax
import jax.numpy as jnp
import matplotlib.pyplot as plt


def f(x):  # a matmul, then GELU (tanh approximation): eight elementwise ops
    y = x @ x
    return 0.5 * y * (1 + jnp.tanh(0.7978846 * (y + 0.044715 * y**3)))


def microseconds_per_call(fn, x, calls=50, repeats=7):
    fn(x).block_until_ready()  # warm up: the first call of a jitted function compiles it
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        results = [fn(x) for _ in range(calls)]
        jax.block_until_ready(results)  # JAX dispatches asynchronously: wait for the batch
        times.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(times)


x = jax.random.normal(jax.random.key(0), (256, 256))
times = {"eager": microseconds_per_call(f, x),
         "jax.jit": microseconds_per_call(jax.jit(f), x)}
fig, ax = plt.subplots(figsize=(5, 3.5))
ax.bar(list(times), list(times.values()), color=["tab:gray", "tab:orange"])
ax.set_ylabel("time per call (µs)")
ax.set_title(f"GELU(x @ x), 256×256, JAX on {x.device}")
plt.show()
