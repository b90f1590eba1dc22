import tensorflow as tf

A = tf.reshape(tf.range(6.0), (2, 3))
B = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
A * B, A + B, 2 * A
