import tensorflow as tf

A = tf.reshape(tf.range(6.0), (2, 3))
B = A  # harmless: tf.Tensor cannot be changed in place
B = tf.tensor_scatter_nd_update(B, [[0, 0]], [100.0])  # a new tensor; A is untouched
A, B
