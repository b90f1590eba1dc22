import tensorflow as tf


@tf.function
def f(x):
    return tf.cond(tf.reduce_sum(x) > 0, lambda: 2 * x, lambda: -x)


f(tf.constant([1.0, 2.0])), f(tf.constant([1.0, -2.0]))
