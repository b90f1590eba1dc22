# raises: InvalidArgumentError
import tensorflow as tf

a = tf.reshape(tf.range(6.0), (2, 1, 3))
b = tf.reshape(tf.range(8.0), (4, 2))  # read as (1, 4, 2): lengths 3 and 2 on the last axis
a + b
