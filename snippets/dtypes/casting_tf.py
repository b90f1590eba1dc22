import tensorflow as tf

x = tf.constant([-1.7, 1.7, 2.5])
tf.cast(x, tf.int32), tf.cast(tf.round(x), tf.int32)  # truncates; round first to round
