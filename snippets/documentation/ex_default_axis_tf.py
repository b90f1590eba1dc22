import tensorflow as tf

matrix = tf.reshape(tf.range(6.0), (2, 3))
cube = tf.reshape(tf.range(12.0), (2, 2, 3))
# axis=None is documented to mean the last axis
tf.reduce_sum(tf.nn.softmax(matrix), -1), tf.reduce_sum(tf.nn.softmax(cube), -1)
