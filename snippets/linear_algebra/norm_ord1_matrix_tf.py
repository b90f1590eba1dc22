import tensorflow as tf

X = tf.ones((4, 9))
# without axis, tf.norm flattens X: ord=1 is the sum of all |x|
tf.norm(X, ord=1), tf.norm(X, ord=1, axis=[-2, -1])
