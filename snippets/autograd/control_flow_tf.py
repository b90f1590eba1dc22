import tensorflow as tf


def f(a):
    b = a * 2
    while tf.norm(b) < 1000:
        b = b * 2
    if tf.reduce_sum(b) > 0:
        c = b
    else:
        c = 100 * b
    return c


a = tf.Variable(-0.3)
with tf.GradientTape() as tape:
    d = f(a)  # d = k·a for a k that depends on a
tape.gradient(d, a), d / a  # so the gradient is k = d / a
