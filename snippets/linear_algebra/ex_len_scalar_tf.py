# raises: TypeError
import tensorflow as tf

len(tf.constant(1.0))  # a 0-d tensor has no axis to measure
