import tensorflow as tf


def normalize(x):
    x /= tf.reduce_sum(x)  # makes a new tensor and rebinds the local name x
    return x


w = tf.constant([1.0, 3.0])
p = normalize(w)
w, p  # w keeps its values
