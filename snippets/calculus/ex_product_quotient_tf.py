import tensorflow as tf


def f(x):
    return tf.sin(x)


def g(x):
    return x**2 + 1


x = tf.Variable(1.0)
with tf.GradientTape(persistent=True) as tape:
    fx, gx = f(x), g(x)
    fg, f_over_g = fx * gx, fx / gx
df, dg = tape.gradient(fx, x), tape.gradient(gx, x)
product = tape.gradient(fg, x), df * gx + fx * dg
quotient = tape.gradient(f_over_g, x), (df * gx - fx * dg) / gx**2
product, quotient
