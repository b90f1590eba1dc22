import time

import jax

x = jax.random.normal(jax.random.key(0), (1000, 1000))
(x @ x).block_until_ready()  # warm up: the first matmul of this shape compiles a kernel

start = time.perf_counter()
y = x @ x
returned = time.perf_counter()
ready_when_returned = y.is_ready()
y.block_until_ready()  # wait until the result exists
done = time.perf_counter()
{"call returned (ms)": round((returned - start) * 1e3, 2),
 "result ready (ms)": round((done - start) * 1e3, 2),
 "ready when returned": ready_when_returned}
