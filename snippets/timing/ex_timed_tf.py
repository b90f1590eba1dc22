import time

import tensorflow as tf


def timed(fn, *args):
    """Run fn(*args) and return (its result, the seconds it took, computation included)."""
    start = time.perf_counter()
    result = fn(*args)
    tf.test.experimental.sync_devices()  # GPU work is queued: wait for it
    return result, time.perf_counter() - start


x = tf.reshape(tf.range(4.0), (2, 2))
result, seconds = timed(lambda x: (x @ x, tf.reduce_sum(x)), x)
result, seconds > 0
