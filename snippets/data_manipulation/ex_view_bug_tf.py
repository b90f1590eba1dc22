import tensorflow as tf

X = tf.reshape(tf.range(12.0), (3, 4))
Z = tf.Variable(X)  # a variable holds a copy of X's values
Z[0].assign(tf.zeros(4))
X, tf.convert_to_tensor(Z)
