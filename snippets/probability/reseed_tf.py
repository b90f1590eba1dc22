import tensorflow as tf

tf.random.set_seed(0)
a = tf.random.uniform([3])
b = tf.random.uniform([3])  # the op counter moves on: new numbers
tf.random.set_seed(0)
c = tf.random.uniform([3])  # re-seeding resets the counter and replays
a, b, c, bool(tf.reduce_all(a == c))
