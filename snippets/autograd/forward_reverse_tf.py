import tensorflow as tf


def f(x):  # products of neighbours: R⁴ -> R³
    return x[:-1] * x[1:]


x = tf.constant([1.0, 2.0, 3.0, 4.0])
v = tf.constant([0.0, 1.0, 0.0, 0.0])  # input direction
u = tf.constant([0.0, 1.0, 0.0])  # output weights
with tf.autodiff.ForwardAccumulator(x, v) as acc:
    y = f(x)
jv = acc.jvp(y)  # forward mode: J v, column 1 of J
with tf.GradientTape() as tape:
    tape.watch(x)
    y = f(x)
uj = tape.gradient(y, x, output_gradients=u)  # reverse mode: uᵀ J, row 1 of J
jv, uj
