import tensorflow as tf

a = tf.constant([200, 100], dtype=tf.uint8)  # two pixels of two images
b = tf.constant([100, 100], dtype=tf.uint8)
# widen before adding (both sides: TensorFlow does not promote)
tf.cast((tf.cast(a, tf.int16) + tf.cast(b, tf.int16)) // 2, tf.uint8)
