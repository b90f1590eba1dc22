import tensorflow as tf

x = tf.constant([1.0, 2.0, 3.0, 4.0])
i = [[1]]  # one row per updated element: the index of that element
set_ = tf.tensor_scatter_nd_update(x, i, [10.0])
add = tf.tensor_scatter_nd_add(x, i, [10.0])
mul = tf.tensor_scatter_nd_update(x, i, tf.gather_nd(x, i) * 10.0)  # no _mul op
big = tf.tensor_scatter_nd_max(x, [[1], [2]], [2.5, 2.5])
x, set_, add, mul, big  # x is unchanged
