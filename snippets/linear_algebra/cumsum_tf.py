import tensorflow as tf

A = tf.reshape(tf.range(6, dtype=tf.int32), (2, 3))
C = tf.cumsum(A, axis=1)
C, A.dtype, C.dtype  # the input's dtype, then the sums'
