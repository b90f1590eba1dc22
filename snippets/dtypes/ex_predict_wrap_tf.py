import tensorflow as tf

x = tf.constant([100, 120], dtype=tf.int8)
x + 100  # 100 becomes an int8 tensor: 200 and 220 wrap around
