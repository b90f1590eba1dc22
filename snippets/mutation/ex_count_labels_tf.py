import tensorflow as tf

labels = tf.constant([2, 0, 2, 2, 1, 0])
idx = labels[:, None]  # shape (6, 1): one index row per update
zeros = tf.zeros(3)
wrong = tf.tensor_scatter_nd_update(zeros, idx, tf.gather_nd(zeros, idx) + 1)
counts = tf.tensor_scatter_nd_add(zeros, idx, tf.ones(6))
wrong, counts
