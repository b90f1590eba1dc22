import tensorflow as tf

u = tf.constant([3.0, -4.0])
tf.norm(u), tf.sqrt(tf.reduce_sum(u**2))
