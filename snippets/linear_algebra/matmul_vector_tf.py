# raises: InvalidArgumentError
import tensorflow as tf

A = tf.reshape(tf.range(6.0), (2, 3))
x = tf.constant([1.0, 2.0, 3.0])
A @ x  # tf.matmul wants two matrices: use tf.linalg.matvec(A, x)
