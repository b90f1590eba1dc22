import tensorflow as tf

x = tf.constant([1.0, 2.0])
with tf.GradientTape() as tape:
    tape.watch(x)  # a constant is recorded only when watched
    y = x * x  # and only what runs inside the block is recorded
    z = tf.reduce_sum(3 * y)
tape.gradient(z, x)  # dz/dx = 6x
