import tensorflow as tf

W = tf.constant([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
original = tf.norm(W, ord=1)  # no axis: W is flattened, the sum of all |w|
entrywise = tf.norm(tf.reshape(W, [-1]), ord=1)  # the same, and says so
largest_column = tf.norm(W, ord=1, axis=[-2, -1])  # the matrix 1-norm
original, entrywise, largest_column
