import tensorflow as tf


def g(x):  # inner function u = g(x) = x², g'(x) = 2x
    return x**2


def f(u):  # outer function y = f(u) = sin(u), f'(u) = cos(u)
    return tf.sin(u)


x = tf.Variable(1.5)
by_hand = tf.cos(g(x)) * 2 * x  # f'(g(x)) · g'(x)
with tf.GradientTape() as tape:
    y = f(g(x))
autodiff = tape.gradient(y, x)
by_hand, autodiff
