import tensorflow as tf


def f(x):
    return x**3  # f'(1) = 3


x = tf.constant(1.0, dtype=tf.float64)
h = tf.constant([1e-1, 1e-2, 1e-3], dtype=tf.float64)
forward = (f(x + h) - f(x)) / h - 3
central = (f(x + h) - f(x - h)) / (2 * h) - 3
forward, central
