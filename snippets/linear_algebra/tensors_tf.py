import tensorflow as tf

X = tf.reshape(tf.range(24), (2, 3, 4))
X, X.ndim, X.shape
