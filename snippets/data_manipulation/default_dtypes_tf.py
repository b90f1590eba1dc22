import numpy as np
import tensorflow as tf

(
    tf.constant([1, 2]).dtype,
    tf.constant([1.0, 2.0]).dtype,
    tf.constant(np.array([1.0, 2.0])).dtype,  # NumPy's float64
)
