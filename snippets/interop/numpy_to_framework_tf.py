import numpy as np
import tensorflow as tf

a = np.zeros(3, dtype=np.float32)
x = tf.convert_to_tensor(a)  # copies into a buffer that TensorFlow owns
a[0] = 100.0  # write through the NumPy array...
x  # ...and read the tensor
