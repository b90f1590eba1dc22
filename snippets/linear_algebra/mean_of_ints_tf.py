import tensorflow as tf

x = tf.range(4)
tf.reduce_mean(x), tf.reduce_mean(tf.cast(x, tf.float32))
