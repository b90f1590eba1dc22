import numpy as np
import tensorflow as tf


def center_in_place(a):  # a NumPy routine that reuses its input's memory
    a -= a.mean()
    return a


x = tf.constant([1.0, 2.0, 6.0])
centered = center_in_place(np.array(x))  # x.numpy() is a fresh copy too
x, centered
