import tensorflow as tf

x = tf.constant([2.0, 4.0, 4.0, 5.0, 10.0])
# one convention on both sides: reduce_std divides by n (it has no other option)
z = (x - tf.reduce_mean(x)) / tf.math.reduce_std(x)
z, tf.reduce_mean(z), tf.math.reduce_std(z)
