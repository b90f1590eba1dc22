import tensorflow as tf

X = tf.Variable(tf.zeros(3))
A = X.numpy()  # a copy
X.assign_add(tf.ones(3))
A, X
