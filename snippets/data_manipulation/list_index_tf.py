import tensorflow as tf

X = tf.reshape(tf.range(12, dtype=tf.float32), (3, 4))
X[[0, 2]]  # read as X[0, 2]: a single element
