import tensorflow as tf

x = tf.constant(3.0)
y = tf.constant(2.0)
x + y, x * y, x / y, x**y
