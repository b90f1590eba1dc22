import tensorflow as tf

A = tf.reshape(tf.range(6), (3, 2))
A, tf.transpose(A)
