import tensorflow as tf

A = tf.reshape(tf.range(6.0), (2, 3))
B = A  # harmless: tf.Tensor cannot be changed in place
B = tf.tensor_scatter_nd_update(B, [[0, 0]], [100.0])  # a new tensor; A is untouched
V = tf.Variable(A)  # a tf.Variable, though, is mutable
W = V  # a second name for the same variable
W.assign(B)  # so this changes V too
print("V after W.assign(B):", V.numpy()[0])
A, B
