import tensorflow as tf

x = tf.range(3.0)
y = tf.constant([1.0, 2.0, 3.0])
tf.tensordot(x, y, axes=1), tf.reduce_sum(x * y)
