import timeit

import jax

x = jax.random.normal(jax.random.key(0), (200, 200))
(x @ x).block_until_ready()  # warm up
n = 10


def per_call(run):  # the fastest of three runs of n calls, per call
    return min(timeit.repeat(run, number=1, repeat=3)) / n


each = per_call(lambda: [(x @ x).block_until_ready() for _ in range(n)])  # latency
once = per_call(lambda: jax.block_until_ready([x @ x for _ in range(n)]))  # throughput
{"wait after each call (µs/call)": round(each * 1e6),
 "wait once at the end (µs/call)": round(once * 1e6)}
