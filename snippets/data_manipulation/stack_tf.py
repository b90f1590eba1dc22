import tensorflow as tf

X = tf.zeros((2, 3))
Y = tf.ones((2, 3))
tf.concat([X, Y], axis=0).shape, tf.stack([X, Y]).shape, tf.stack([X, Y], axis=2).shape
