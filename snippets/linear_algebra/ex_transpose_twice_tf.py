import tensorflow as tf

A = tf.reshape(tf.range(12.0), (3, 4))
At_t = tf.transpose(tf.transpose(A))
bool(tf.reduce_all(At_t == A)), At_t.shape
