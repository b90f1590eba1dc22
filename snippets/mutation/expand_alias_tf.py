import tensorflow as tf

row = tf.zeros((1, 3))
E = tf.broadcast_to(row, (2, 3))
E = tf.tensor_scatter_nd_update(E, [[0, 0]], [1.0])  # a new tensor: only row 0 changes
E, row
