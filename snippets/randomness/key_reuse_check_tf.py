import tensorflow as tf

# The same mistake in TensorFlow is one seed for two stateless ops: nothing checks for it.
noise = tf.random.stateless_uniform([3], seed=[0, 0])
dropout = tf.random.stateless_uniform([3], seed=[0, 0]) < 0.5  # the same numbers, silently
bool(tf.reduce_all((noise < 0.5) == dropout))
