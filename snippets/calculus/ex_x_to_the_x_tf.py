import tensorflow as tf

x = tf.Variable([0.5, 1.0, 2.0])
with tf.GradientTape() as tape:
    y = x**x
autodiff = tape.gradient(y, x)  # one derivative per element
autodiff, x**x * (tf.math.log(x) + 1)
