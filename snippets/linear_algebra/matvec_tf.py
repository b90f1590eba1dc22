import tensorflow as tf

A = tf.reshape(tf.range(6.0), (2, 3))
x = tf.constant([1.0, 2.0, 3.0])
tf.linalg.matvec(A, x)  # A @ x fails: tf.matmul wants two matrices
