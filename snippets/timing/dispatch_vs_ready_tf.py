import time

import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.normal((1000, 1000))
x @ x  # warm up: the first call initialises the matmul kernel

start = time.perf_counter()
y = x @ x
returned = time.perf_counter()
tf.test.experimental.sync_devices()  # wait for every device to finish its queued work
done = time.perf_counter()
{"call returned (ms)": round((returned - start) * 1e3, 2),
 "result ready (ms)": round((done - start) * 1e3, 2)}
