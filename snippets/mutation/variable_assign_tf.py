import tensorflow as tf

v = tf.Variable(tf.zeros(4))
v.assign([1.0, 2.0, 3.0, 4.0])  # replace every value (same shape and dtype)
v.assign_add(tf.ones(4))        # v += 1, in the variable
v.scatter_nd_update([[0], [2]], [10.0, 30.0])  # elements 0 and 2
v
