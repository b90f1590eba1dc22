import tensorflow as tf

x = tf.constant([0.0, float("nan"), 5.0])
tf.argmax(x), tf.reduce_max(x)  # argmax skips the NaN; reduce_max returns it
