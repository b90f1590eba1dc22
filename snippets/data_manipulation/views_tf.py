import tensorflow as tf

X = tf.range(6.0)
V = tf.reshape(X, (2, 3))  # tensors are immutable: no writing through V
V = tf.tensor_scatter_nd_update(V, [[0, 0]], [100.0])  # a new tensor; X is unchanged
S = X[1:3] * 10            # a new tensor too
X, V
