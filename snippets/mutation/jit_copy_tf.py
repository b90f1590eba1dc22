import tensorflow as tf


@tf.function
def put(x):
    return tf.tensor_scatter_nd_update(x, [[3]], [7.0])


x = tf.zeros(8)
y = put(x)
x, y  # x keeps its zeros
