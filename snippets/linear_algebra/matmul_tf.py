import tensorflow as tf

A = tf.reshape(tf.range(6.0), (2, 3))
B = tf.ones((3, 4))
A @ B  # tf.matmul(A, B)
