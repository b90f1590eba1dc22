import tensorflow as tf

x = tf.Variable(tf.range(4.0))
with tf.GradientTape() as tape:
    y = x * x
tape.gradient(y, x)  # no error: the gradient of y.sum()
