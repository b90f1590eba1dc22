import tensorflow as tf


def f(x):
    print("Python body runs, x =", x)
    return tf.tanh(x @ x) + 2 * x


compiled = tf.function(f)
x = tf.reshape(tf.range(4.0), (2, 2)) / 4
for _ in range(3):
    y = compiled(x)
y
