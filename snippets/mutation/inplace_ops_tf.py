import tensorflow as tf

x = tf.Variable(tf.ones(3))
x.assign_add(tf.ones(3))  # the in-place forms are methods of tf.Variable
x.assign(x * 3.0)
x[0].assign(0.0)          # a slice of a variable can be assigned
out = tf.Variable(tf.zeros(3))
out.assign(x + 1.0)       # there is no out=: assign the result into a variable
x, out
