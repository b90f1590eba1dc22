import tensorflow as tf

small = tf.constant([1, 2], dtype=tf.int8)
half = tf.constant([1.0, 2.0], dtype=tf.float16)
small + 1, half * 2.0  # the Python number becomes a tensor of the array's dtype
