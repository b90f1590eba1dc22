import numpy as np
import tensorflow as tf

a = np.zeros(3, dtype=np.float32)
x = tf.constant(a)  # a copy
b = np.array(x)  # always a copy, and writable
a[0] = 100.0  # does not reach x
b[1] = 100.0  # does not reach x either
x, b
