import tensorflow as tf


def f(x):
    return 3 * x**2 - 4 * x


def error(dtype):  # |difference quotient - f'(1)| for h = 1e-1 ... 1e-7
    x = tf.constant(1.0, dtype=dtype)
    h = tf.constant([10.0**-k for k in range(1, 8)], dtype=dtype)
    return tf.abs((f(x + h) - f(x)) / h - 2)


error(tf.float32), error(tf.float64)
