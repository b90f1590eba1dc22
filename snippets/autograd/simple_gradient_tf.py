import tensorflow as tf

x = tf.Variable(tf.range(4.0))  # the tape watches variables automatically
with tf.GradientTape() as tape:
    y = 2 * tf.tensordot(x, x, axes=1)
gradient = tape.gradient(y, x)
y, gradient, gradient == 4 * x
