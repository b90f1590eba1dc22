import tensorflow as tf

x = tf.range(12, dtype=tf.float32)
tf.reshape(x, (3, 4)), tf.reshape(x, (2, -1))
