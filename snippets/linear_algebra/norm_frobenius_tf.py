import tensorflow as tf

X = tf.ones((4, 9))
tf.norm(X, axis=[-2, -1]), tf.norm(X)
