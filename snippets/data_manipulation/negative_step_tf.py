import tensorflow as tf

x = tf.range(5)
x[::-1]
