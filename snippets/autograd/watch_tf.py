import tensorflow as tf

w = tf.Variable([1.0, 2.0, 3.0])
x = tf.constant([4.0, 5.0, 6.0])
with tf.GradientTape() as tape:
    tape.watch(x)  # record operations on the constant too
    y = tf.tensordot(w, x, axes=1)
tape.gradient(y, (w, x))
