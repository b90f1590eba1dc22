import tensorflow as tf

X = tf.zeros((2, 3, 4))
len(X), len(X[0]), len(X[0, 0]), X.shape
