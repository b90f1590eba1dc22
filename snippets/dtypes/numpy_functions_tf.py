import tensorflow as tf
import tensorflow.experimental.numpy as tnp

counts = tf.constant([1, 2], dtype=tf.int32)
weights = tf.constant([0.5, 0.25])
tnp.add(counts, weights)  # promotes, the way NumPy does
