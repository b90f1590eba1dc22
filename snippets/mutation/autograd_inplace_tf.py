import tensorflow as tf

a = tf.Variable([1.0, 2.0, 3.0])
with tf.GradientTape() as tape:
    b = tf.sigmoid(a)
    b = tf.tensor_scatter_nd_update(b, [[1]], [2.0])  # a new tensor
    s = tf.reduce_sum(b)
tape.gradient(s, a)
