import tensorflow as tf


def logsumexp(x, axis):
    m = tf.reduce_max(x, axis=axis, keepdims=True)
    m = tf.where(tf.math.is_finite(m), m, 0.0)  # a row of -inf: shift by 0, not by -inf
    s = tf.reduce_sum(tf.exp(x - m), axis=axis, keepdims=True)
    return tf.squeeze(m + tf.math.log(s), axis)


inf = float("inf")
x = tf.constant([[1000.0, 1000.0, 999.0], [-1000.0, -1000.0, -1001.0], [-inf, -inf, -inf]])
logsumexp(x, axis=1), tf.reduce_logsumexp(x, axis=1)
