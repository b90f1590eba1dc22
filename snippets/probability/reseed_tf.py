import tensorflow as tf

tf.random.set_seed(0)
a = tf.random.uniform([3])
b = tf.random.uniform([3])  # the op counter moves on: new numbers
tf.random.set_seed(0)
c = tf.random.uniform([3])  # re-seeding resets the counter and replays
tf.random.set_seed(0)
d = tf.random.uniform([3], seed=1)  # an op seed: independent of the ops that ran before
e = tf.random.uniform([3], seed=1)  # but the same call again draws new numbers
print("op seed 1, called twice, the same numbers:", bool(tf.reduce_all(d == e)))
a, b, c, bool(tf.reduce_all(a == c))
