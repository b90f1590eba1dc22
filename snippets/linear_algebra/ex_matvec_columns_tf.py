import tensorflow as tf

A = tf.reshape(tf.range(6.0), (2, 3))
x = tf.constant([1.0, -1.0, 2.0])
columns = x[0] * A[:, 0] + x[1] * A[:, 1] + x[2] * A[:, 2]
tf.linalg.matvec(A, x), columns
