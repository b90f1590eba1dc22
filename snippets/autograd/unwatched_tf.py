import tensorflow as tf

w = tf.Variable([1.0, 2.0, 3.0])
x = tf.constant([4.0, 5.0, 6.0])  # a constant is not watched
with tf.GradientTape() as tape:
    y = tf.tensordot(w, x, axes=1)
tape.gradient(y, (w, x))  # None for x, without a warning
