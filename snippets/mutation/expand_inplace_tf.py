import tensorflow as tf

bias = tf.zeros(3)
B = tf.broadcast_to(bias, (2, 3))
B = B + tf.constant([[1.0], [2.0]])  # a new tensor with its own six elements
B
