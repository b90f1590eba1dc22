import tensorflow as tf

a, b, c = tf.unstack(tf.constant([1e8, -1e8, 1.0]))  # float32
(a + b) + c, a + (b + c)  # b + c rounds back to -1e8: the 1 is lost
