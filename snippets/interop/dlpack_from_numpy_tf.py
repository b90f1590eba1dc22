import numpy as np
import tensorflow as tf

a = np.zeros(4, dtype=np.float32)
b = np.zeros(5, dtype=np.float32)[1:]  # starts 4 bytes into its buffer
x = tf.experimental.dlpack.from_dlpack(a.__dlpack__())  # takes a capsule
y = tf.experimental.dlpack.from_dlpack(b.__dlpack__())  # both share memory
a[0] = 100.0
b[0] = 100.0
x, y
