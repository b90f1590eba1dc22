# raises: InvalidArgumentError
import numpy as np
import tensorflow as tf

w = tf.ones((3, 1))  # parameters in float32
batch = tf.constant(np.ones((2, 3)))  # NumPy's float64 stays float64
tf.matmul(batch, w)
