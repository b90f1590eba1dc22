import numpy as np
import tensorflow as tf

floats = np.array([0.5, 1.5])  # NumPy's default: float64
ints = np.array([1, 2])  # int64 on Linux and macOS
tf.constant(floats).dtype, tf.constant(ints).dtype
