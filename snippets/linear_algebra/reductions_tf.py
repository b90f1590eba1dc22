import tensorflow as tf

A = tf.reshape(tf.range(6.0), (2, 3))
(
    tf.reduce_sum(A),
    tf.reduce_sum(A, axis=0),
    tf.reduce_sum(A, axis=1),
    tf.reduce_mean(A),
    tf.reduce_mean(A, axis=0),
)
