import tensorflow as tf

x = tf.range(12, dtype=tf.float32)
tf.exp(x)
