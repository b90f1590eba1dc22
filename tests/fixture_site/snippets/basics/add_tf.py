import tensorflow as tf

x = tf.range(3)
x + 1
