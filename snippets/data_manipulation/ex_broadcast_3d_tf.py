import tensorflow as tf

a = tf.reshape(tf.range(6.0), (2, 1, 3))
b = tf.reshape(tf.range(4.0), (4, 1))  # treated as shape (1, 4, 1)
c = a + b
tuple(c.shape), c[1, 2, 0], c[1, 2, 0] == a[1, 0, 0] + b[2, 0]
