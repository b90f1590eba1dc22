import tensorflow as tf

x = tf.constant([1.0, 2.0])
y = x * x
with tf.GradientTape() as tape:
    z = tf.reduce_sum(3 * y)
grad = tape.gradient(z, x)
grad is None  # the bug as written: no gradient, and no error
