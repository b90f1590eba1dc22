# raises: InvalidArgumentError
import tensorflow as tf

small = tf.constant([1, 2], dtype=tf.int8)
small + 1.5  # 1.5 becomes a float32 tensor, and int8 + float32 is refused
