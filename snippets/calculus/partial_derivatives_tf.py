import tensorflow as tf


def f(x):  # f(x1, x2) = 3 x1² x2 + x2³
    return 3 * x[0] ** 2 * x[1] + x[1] ** 3


x = tf.Variable([1.0, 2.0])
with tf.GradientTape() as tape:
    y = f(x)
gradient = tape.gradient(y, x)
analytic = tf.stack([6 * x[0] * x[1], 3 * x[0] ** 2 + 3 * x[1] ** 2])
gradient, analytic
