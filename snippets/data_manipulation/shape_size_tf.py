import tensorflow as tf

x = tf.range(12, dtype=tf.float32)
x.shape, tf.size(x)  # tf.size returns a tensor, not a Python int
