import tensorflow as tf


def f(x):
    return tf.math.log(x**2) * tf.sin(x) + 1 / x


def df_by_hand(x):  # the chain rule along the graph, term by term
    return 2 / x * tf.sin(x) + tf.math.log(x**2) * tf.cos(x) - 1 / x**2


x = tf.constant([0.5, 1.0, 2.0, 4.0])
with tf.GradientTape() as tape:
    tape.watch(x)
    y = f(x)
tape.gradient(y, x), df_by_hand(x)  # each y_i depends on x_i alone: the sum is harmless
