import tensorflow as tf

tf.random.set_seed(0)
A, B = tf.random.normal((3, 4)), tf.random.normal((3, 4))
bool(tf.reduce_all(tf.transpose(A + B) == tf.transpose(A) + tf.transpose(B)))
