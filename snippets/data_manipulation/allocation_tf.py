import tensorflow as tf

X = tf.reshape(tf.range(12, dtype=tf.float32), (3, 4))
Y = tf.ones((3, 4))
before = id(Y)
Y = Y + X
id(Y) == before
