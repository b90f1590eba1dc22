import time

import jax
import numpy as np

x = jax.random.normal(jax.random.key(0), (1000, 1000))
(x @ x).block_until_ready()  # warm up

start = time.perf_counter()
y = x @ x
dispatched = time.perf_counter()
shape = y.shape  # known without computing anything
shape_read = time.perf_counter()
host = np.asarray(y)  # needs the numbers: waits for the matmul, then copies
converted = time.perf_counter()
{"x @ x (ms)": round((dispatched - start) * 1e3, 2),
 "y.shape (ms)": round((shape_read - dispatched) * 1e3, 2),
 "np.asarray(y) (ms)": round((converted - shape_read) * 1e3, 2)}
