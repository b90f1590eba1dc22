import time

import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.normal((300, 300))
x @ x  # warm up

start = time.perf_counter()
results = [x @ x for _ in range(10)]  # on a CPU each matmul runs before the next line
loop_done = time.perf_counter()
tf.test.experimental.sync_devices()  # on a GPU the loop only queued them: wait here
done = time.perf_counter()
{"Python loop (ms)": round((loop_done - start) * 1e3, 2),
 "wait after the loop (ms)": round((done - loop_done) * 1e3, 2)}
