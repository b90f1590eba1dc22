import tensorflow as tf

x = tf.range(3)
x, x[2], len(x), x.shape
