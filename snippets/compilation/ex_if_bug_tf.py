import tensorflow as tf


@tf.function
def flip_if_negative(x):
    return tf.cond(tf.reduce_sum(x) > 0, lambda: x, lambda: -x)


flip_if_negative(tf.constant([1.0, 2.0])), flip_if_negative(tf.constant([1.0, -3.0]))
