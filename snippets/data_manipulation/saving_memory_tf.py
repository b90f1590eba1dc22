import tensorflow as tf

X = tf.reshape(tf.range(12, dtype=tf.float32), (3, 4))
Y = tf.ones((3, 4))
Z = tf.Variable(tf.zeros_like(Y))
before = id(Z)
Z.assign(X + Y)  # writes into the variable; so does Z.assign_add(X)
id(Z) == before, Z
