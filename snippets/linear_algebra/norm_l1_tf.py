import tensorflow as tf

u = tf.constant([3.0, -4.0])
tf.norm(u, ord=1), tf.reduce_sum(tf.abs(u))
