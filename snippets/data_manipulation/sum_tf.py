import tensorflow as tf

X = tf.reshape(tf.range(12, dtype=tf.float32), (3, 4))
tf.reduce_sum(X), tf.reduce_sum(X, axis=0), tf.reduce_sum(X, axis=1)
