import tensorflow as tf

X = tf.zeros((3, 4))
# indices of shape (2, 1): two rows, so the updates are two whole rows, shape (2, 4)
rows = tf.tensor_scatter_nd_update(X, [[0], [2]], [[1.0] * 4, [2.0] * 4])
# indices of shape (2, 2): two (row, column) pairs, so the updates are two numbers
cells = tf.tensor_scatter_nd_update(X, [[0, 1], [2, 3]], [5.0, 6.0])
rows, cells
