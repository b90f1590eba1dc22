import tensorflow as tf

x = tf.constant([1000.0, 0.0, -1000.0])
naive = tf.exp(x) / tf.reduce_sum(tf.exp(x))  # inf / inf is nan
shifted = tf.exp(x - tf.reduce_max(x)) / tf.reduce_sum(tf.exp(x - tf.reduce_max(x)))
naive, shifted, tf.nn.softmax(x, axis=0)
