import tensorflow as tf


def l2_norm_buggy(v):
    return tf.reduce_sum(tf.abs(v))  # the sum of |v_i|: the L1 norm


v = tf.constant([3.0, -4.0])
unit_buggy = v / l2_norm_buggy(v)
unit = v / tf.norm(v)  # the Euclidean norm is the default
tf.norm(unit_buggy), tf.norm(unit)
