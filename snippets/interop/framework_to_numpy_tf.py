import numpy as np
import tensorflow as tf

with tf.device("CPU:0"):  # on the CPU, even on a GPU machine
    x = tf.range(3.0)
a = x.numpy()
shares = np.shares_memory(a, x.numpy())  # False: each call returns a fresh copy
shares, a.flags.writeable, a
