import tensorflow as tf

v = tf.Variable(tf.zeros(8))


@tf.function
def put():
    v.scatter_nd_update([[3]], [7.0])  # a variable is TensorFlow's mutable buffer


put()
v
