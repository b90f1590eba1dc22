import tensorflow as tf

X = tf.reshape(tf.range(12, dtype=tf.float32), (3, 4))
Y = tf.ones((3, 4))
Z = tf.Variable(tf.zeros_like(Y))
before = id(Z)  # TensorFlow shows no buffer address: this is the variable object
Z.assign(X + Y)  # updates the variable's value; so does Z.assign_add(X)
id(Z) == before, Z
