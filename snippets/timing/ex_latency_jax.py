import time

import jax

x = jax.random.normal(jax.random.key(0), (200, 200))
(x @ x).block_until_ready()  # warm up
n = 10

start = time.perf_counter()
for _ in range(n):
    (x @ x).block_until_ready()  # wait for each call: latency
each = (time.perf_counter() - start) / n

start = time.perf_counter()
jax.block_until_ready([x @ x for _ in range(n)])  # wait once: throughput
once = (time.perf_counter() - start) / n
{"wait after each call (µs/call)": round(each * 1e6),
 "wait once at the end (µs/call)": round(once * 1e6)}
