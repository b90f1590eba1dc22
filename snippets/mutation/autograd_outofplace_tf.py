import tensorflow as tf

a = tf.Variable([1.0, 2.0, 3.0])
with tf.GradientTape() as tape:
    b = tf.sigmoid(a)
    keep = tf.constant([True, False, True])
    s = tf.reduce_sum(tf.where(keep, b, 2.0))
tape.gradient(s, a)  # element 1 is a constant: gradient 0
