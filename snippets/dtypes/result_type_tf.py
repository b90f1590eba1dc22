import tensorflow as tf
import tensorflow.experimental.numpy as tnp

small = tf.constant([1, 2], dtype=tf.int8)
(
    tnp.result_type(small, 1.0),  # NumPy's rules, not those of `small + 1.0`
    tnp.result_type(small, tf.float32),
    tnp.result_type(tf.int8, tf.uint8),
)
