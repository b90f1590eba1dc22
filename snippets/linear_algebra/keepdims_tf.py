import tensorflow as tf

A = tf.reshape(tf.range(6.0), (2, 3))
row_sums = tf.reduce_sum(A, axis=1, keepdims=True)
row_sums, A / row_sums
