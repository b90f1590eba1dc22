import tensorflow as tf

counts = tf.constant([1, 2], dtype=tf.int32)
tf.reduce_mean(tf.cast(counts, tf.float32))  # cast first: the int mean truncates to 1
