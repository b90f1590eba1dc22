import statistics
import time

import matplotlib.pyplot as plt
import tensorflow as tf


def f(x):  # a matmul, then GELU (tanh approximation): eight elementwise ops
    y = x @ x
    return 0.5 * y * (1 + tf.tanh(0.7978846 * (y + 0.044715 * y**3)))


def microseconds_per_call(fn, x, calls=50, repeats=7):
    fn(x)  # warm up: the first call of a tf.function traces (and compiles) it
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            fn(x)
        tf.test.experimental.sync_devices()  # GPU ops run asynchronously
        times.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(times)


tf.random.set_seed(0)
x = tf.random.normal((256, 256))
times = {"eager": microseconds_per_call(f, x),
         "tf.function": microseconds_per_call(tf.function(f), x),
         "jit_compile=True": microseconds_per_call(tf.function(f, jit_compile=True), x)}
fig, ax = plt.subplots(figsize=(5, 3.5))
ax.bar(list(times), list(times.values()), color=["tab:gray", "tab:orange", "tab:red"])
ax.set_ylabel("time per call (µs)")
ax.set_title(f"GELU(x @ x), 256×256, TensorFlow on {x.device.split('device:')[-1]}")
plt.show()
