import tensorflow as tf

c = 3.0
x = tf.Variable([0.0, 1.0, 2.0])
with tf.GradientTape() as tape:
    y = c * tf.sin(x)
# each y_i depends on its own x_i only; a tape sums a vector output, so this is every dy_i/dx_i
autodiff = tape.gradient(y, x)
autodiff, c * tf.cos(x)
