import tensorflow as tf

X = tf.reshape(tf.range(24.0), (2, 3, 4))
tf.norm(X), tf.sqrt(tf.reduce_sum(X**2))
