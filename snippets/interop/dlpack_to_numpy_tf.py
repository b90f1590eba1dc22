import numpy as np
import tensorflow as tf

with tf.device("CPU:0"):  # NumPy can only view host memory
    x = tf.range(3.0)
a = np.from_dlpack(x)
shares = np.shares_memory(a, np.from_dlpack(x))  # both view x's buffer
print("device:", x.__dlpack_device__())
shares, a.flags.writeable
