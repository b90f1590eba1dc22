import tensorflow as tf

X = tf.reshape(tf.range(12, dtype=tf.float32), (3, 4))
X[-1], X[1:3], X[1, 2]
