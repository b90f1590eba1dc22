import tensorflow as tf

X = tf.reshape(tf.range(24.0), (2, 3, 4))
count = tf.cast(tf.size(X), X.dtype)
tf.reduce_sum(X, axis=(0, 1)), tf.reduce_mean(X), tf.reduce_sum(X) / count  # sum over count
