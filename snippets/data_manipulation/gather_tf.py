import tensorflow as tf

X = tf.reshape(tf.range(12, dtype=tf.float32), (3, 4))
tf.gather(X, [0, 2])
