import timeit

import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.normal((300, 300))
x @ x  # warm up

n = 10
wrong = timeit.timeit(lambda: x @ x, number=n) / n  # on a GPU: the launch only
tf.test.experimental.sync_devices()
right = timeit.timeit(lambda: (x @ x).numpy(), number=n) / n
{"without waiting (µs/call)": round(wrong * 1e6), "waiting (µs/call)": round(right * 1e6)}
