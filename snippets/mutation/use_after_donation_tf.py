import tensorflow as tf

x = tf.Variable(tf.zeros(4))


@tf.function
def step():
    return x.assign(x * 0.9 + 1.0)


y = step()
x + y  # the variable holds the new values, so this is 2 * y
