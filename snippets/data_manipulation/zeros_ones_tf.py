import tensorflow as tf

tf.zeros((2, 3, 4)), tf.ones((2, 3))
