import tensorflow as tf

tf.random.set_seed(0)
A = tf.random.normal((4, 4))
S = A + tf.transpose(A)
bool(tf.reduce_all(A == tf.transpose(A))), bool(tf.reduce_all(S == tf.transpose(S)))
