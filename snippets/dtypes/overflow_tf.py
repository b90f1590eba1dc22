import tensorflow as tf

top = tf.constant([127], dtype=tf.int8)
bottom = tf.constant([0], dtype=tf.uint8)
top + 1, bottom - 1  # both wrap around, silently
