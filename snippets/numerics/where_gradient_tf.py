import tensorflow as tf


def entropy_term(p):  # sum of p log p, with 0 log 0 taken as 0
    return tf.reduce_sum(tf.where(p > 0, p * tf.math.log(p), 0.0))


def entropy_term_safe(p):  # log never sees a 0: the unused branch stays finite
    safe = tf.where(p > 0, p, 1.0)
    return tf.reduce_sum(tf.where(p > 0, p * tf.math.log(safe), 0.0))


p = tf.constant([0.0, 0.25, 0.75])
with tf.GradientTape(persistent=True) as tape:
    tape.watch(p)
    value = entropy_term(p)  # finite
    safe_value = entropy_term_safe(p)
value, tape.gradient(value, p), tape.gradient(safe_value, p)  # nan gradient at p = 0
