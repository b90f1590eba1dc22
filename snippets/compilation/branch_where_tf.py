import tensorflow as tf


@tf.function
def leaky_relu(x):
    return tf.where(x > 0, x, 0.1 * x)


leaky_relu(tf.constant([-2.0, -0.5, 0.0, 1.5]))
