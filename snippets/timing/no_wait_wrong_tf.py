import timeit

import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.normal((200, 200))
x @ x  # warm up

n = 5
wrong = min(timeit.repeat(lambda: x @ x, number=n, repeat=3)) / n  # on a GPU: the launch only
tf.test.experimental.sync_devices()
right = min(timeit.repeat(lambda: (x @ x).numpy(), number=n, repeat=3)) / n
{"without waiting (µs/call)": round(wrong * 1e6), "waiting (µs/call)": round(right * 1e6)}
