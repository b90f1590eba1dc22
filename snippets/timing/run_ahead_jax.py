import time

import jax

x = jax.random.normal(jax.random.key(0), (300, 300))
(x @ x).block_until_ready()  # warm up

start = time.perf_counter()
results = [x @ x for _ in range(10)]  # Python queues 10 matmuls and moves on
loop_done = time.perf_counter()
jax.block_until_ready(results)  # wait for all 10
done = time.perf_counter()
{"Python loop (ms)": round((loop_done - start) * 1e3, 2),
 "wait after the loop (ms)": round((done - loop_done) * 1e3, 2)}
