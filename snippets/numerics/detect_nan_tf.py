# raises: InvalidArgumentError
import tensorflow as tf


def entropy_term(p):  # sum of p log p, with 0 log 0 taken as 0
    return tf.reduce_sum(tf.where(p > 0, p * tf.math.log(p), 0.0))


p = tf.constant([0.0, 0.25, 0.75])
with tf.GradientTape() as tape:
    tape.watch(p)
    value = entropy_term(p)
# check one tensor: raises if it holds a nan or an inf, with the message given
tf.debugging.check_numerics(tape.gradient(value, p), message="gradient of entropy_term")
