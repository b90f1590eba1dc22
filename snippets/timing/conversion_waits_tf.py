import time

import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.normal((1000, 1000))
x @ x  # warm up

start = time.perf_counter()
y = x @ x
dispatched = time.perf_counter()
shape = y.shape  # known without computing anything
shape_read = time.perf_counter()
host = y.numpy()  # on a GPU, waits for the matmul, then copies
converted = time.perf_counter()
{"x @ x (ms)": round((dispatched - start) * 1e3, 2),
 "y.shape (ms)": round((shape_read - dispatched) * 1e3, 2),
 "y.numpy() (ms)": round((converted - shape_read) * 1e3, 2)}
