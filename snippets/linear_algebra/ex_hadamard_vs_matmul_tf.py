import tensorflow as tf

A = tf.constant([[1.0, 2.0], [3.0, 4.0]])
P = tf.constant([[0.0, 1.0], [1.0, 0.0]])
A * P, A @ P, P @ A
