import tensorflow as tf

A = tf.reshape(tf.range(1.0, 10.0), (3, 3))
buggy = A / tf.reduce_sum(A, axis=1)  # runs: (3,) broadcasts along the rows, dividing columns
fixed = A / tf.reduce_sum(A, axis=1, keepdims=True)  # (3, 1): each row by its own sum
tf.reduce_sum(buggy, axis=1), tf.reduce_sum(fixed, axis=1)
