import ml_dtypes
import numpy as np
import tensorflow as tf

a = np.array([1 / 3, 70000.0], dtype=ml_dtypes.bfloat16)  # NumPy with ml_dtypes' bfloat16
x = tf.constant(a) * 2  # a TensorFlow bfloat16 tensor
x.numpy()  # and back: a NumPy array of dtype bfloat16
