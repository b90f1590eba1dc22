import tensorflow as tf

tf.random.set_seed(0)
a = tf.random.normal((3,))
tf.random.set_seed(0)
b = tf.random.normal((3,))
c = tf.random.normal((3,))
bool(tf.reduce_all(a == b)), bool(tf.reduce_all(a == c))
