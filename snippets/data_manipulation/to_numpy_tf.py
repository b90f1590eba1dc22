import tensorflow as tf

X = tf.reshape(tf.range(6, dtype=tf.float32), (2, 3))
A = X.numpy()
B = tf.constant(A)
A, B
