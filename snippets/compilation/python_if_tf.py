import tensorflow as tf


@tf.function
def f(x):
    if tf.reduce_sum(x) > 0:  # AutoGraph rewrites this `if` into tf.cond
        return 2 * x
    return -x


f(tf.constant([1.0, 2.0])), f(tf.constant([1.0, -2.0]))
