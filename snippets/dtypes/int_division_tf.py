import tensorflow as tf

x = tf.constant([7, -7], dtype=tf.int32)
x // 2, x / 2  # floor division keeps ints; true division gives floats
