import tensorflow as tf


def grad_norm(x):
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = tf.norm(x)
    return tape.gradient(y, x)


x = tf.constant([3.0, 4.0])
grad_norm(x), x / tf.norm(x), grad_norm(tf.zeros(2))
