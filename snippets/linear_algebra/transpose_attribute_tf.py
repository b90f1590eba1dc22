# raises: AttributeError
import tensorflow as tf

A = tf.reshape(tf.range(6.0), (2, 3))
A.T  # no such attribute: use tf.transpose(A)
