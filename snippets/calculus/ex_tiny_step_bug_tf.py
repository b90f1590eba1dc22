import tensorflow as tf


def f(x):
    return 3 * x**2 - 4 * x  # f'(1) = 2


x = tf.constant(1.0)  # float32
h = 1e-8
buggy = (f(x + h) - f(x)) / h
h = 1e-3
fixed = (f(x + h) - f(x - h)) / (2 * h)  # a central difference, with a step float32 can see
x + 1e-8 == x, buggy, fixed
