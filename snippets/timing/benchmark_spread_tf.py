import timeit

import numpy as np
import tensorflow as tf


@tf.function
def f(x):
    return x @ x


tf.random.set_seed(0)
x = tf.random.normal((256, 256))
f(x)  # warm up

n = 20


def calls():
    for _ in range(n):
        f(x)
    tf.test.experimental.sync_devices()


blocks = timeit.repeat(calls, number=1, repeat=7)
per_call = np.array(blocks) / n
q25, median, q75 = np.percentile(per_call, [25, 50, 75])
{"median (µs)": round(float(median) * 1e6, 1),
 "IQR (µs)": round(float(q75 - q25) * 1e6, 1),
 "blocks": len(blocks)}
