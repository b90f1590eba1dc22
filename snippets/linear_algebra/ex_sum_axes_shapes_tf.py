import tensorflow as tf

X = tf.ones((2, 3, 4))
(tf.reduce_sum(X, axis=0).shape, tf.reduce_sum(X, axis=1).shape,
 tf.reduce_sum(X, axis=2).shape, tf.reduce_sum(X, axis=(0, 2)).shape)
