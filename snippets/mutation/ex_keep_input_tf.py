import tensorflow as tf

x = tf.Variable([0.0, 10.0])
old = tf.identity(x)  # reads the variable's value into a tensor of its own
x.assign(x * 0.9 + 1.0)
y = tf.convert_to_tensor(x)
y, y - old
