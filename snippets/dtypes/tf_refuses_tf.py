# raises: InvalidArgumentError
import tensorflow as tf

counts = tf.constant([1, 2], dtype=tf.int32)
weights = tf.constant([0.5, 0.25])
counts + weights
