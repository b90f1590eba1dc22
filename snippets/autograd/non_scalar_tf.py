import tensorflow as tf

x = tf.Variable(tf.range(4.0))
with tf.GradientTape() as tape:
    y = x * x
tape.gradient(y, x)  # a non-scalar target is summed implicitly
