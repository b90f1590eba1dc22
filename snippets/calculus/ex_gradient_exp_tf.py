import tensorflow as tf


def f(x):  # f(x1, x2) = 3 x1² + 5 exp(x2)
    return 3 * x[0] ** 2 + 5 * tf.exp(x[1])


x = tf.Variable([2.0, 1.0])
with tf.GradientTape() as tape:
    y = f(x)
tape.gradient(y, x), tf.stack([6 * x[0], 5 * tf.exp(x[1])])
