import tensorflow as tf

X = tf.reshape(tf.range(12, dtype=tf.float32), (3, 4))
V = tf.Variable(X)  # a mutable copy
V[:2, :].assign(12.0)
V
