import tensorflow as tf

A = tf.constant([[1, 2, 3], [2, 0, 4], [3, 4, 5]])
A == tf.transpose(A), tf.reduce_all(A == tf.transpose(A))
