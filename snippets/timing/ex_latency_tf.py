import time

import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.normal((200, 200))
x @ x  # warm up
n = 10

start = time.perf_counter()
for _ in range(n):
    x @ x
    tf.test.experimental.sync_devices()  # wait for each call: latency
each = (time.perf_counter() - start) / n

start = time.perf_counter()
results = [x @ x for _ in range(n)]
tf.test.experimental.sync_devices()  # wait once: throughput
once = (time.perf_counter() - start) / n
{"wait after each call (µs/call)": round(each * 1e6),
 "wait once at the end (µs/call)": round(once * 1e6)}
