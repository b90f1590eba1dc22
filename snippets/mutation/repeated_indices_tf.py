import tensorflow as tf

idx = [[0], [0], [2]]  # index 0 appears twice
x = tf.zeros(4)
x = tf.tensor_scatter_nd_update(x, idx, tf.gather_nd(x, idx) + 1)  # index 0 gets 1
y = tf.tensor_scatter_nd_add(tf.zeros(4), idx, tf.ones(3))  # accumulates: 2
x, y
