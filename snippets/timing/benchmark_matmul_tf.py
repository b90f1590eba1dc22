import timeit

import tensorflow as tf


@tf.function
def f(x):
    return x @ x


tf.random.set_seed(0)
x = tf.random.normal((256, 256))
f(x)  # warm up: trace outside the measurement

n = 100


def calls():
    for _ in range(n):
        f(x)
    tf.test.experimental.sync_devices()  # a GPU runs them asynchronously: wait


seconds = timeit.timeit(calls, number=1) / n
round(seconds * 1e6, 1)  # µs per call
