import tensorflow as tf


def f(x):  # products of neighbours: R⁴ -> R³
    return x[:-1] * x[1:]


def jvp(x, v):
    with tf.autodiff.ForwardAccumulator(x, v) as acc:
        y = f(x)
    return acc.jvp(y)


x = tf.constant([1.0, 2.0, 3.0, 4.0])
# no jacfwd in TensorFlow: one JVP per input gives one column each
jac_fwd = tf.stack([jvp(x, v) for v in tf.eye(4)], axis=1)
with tf.GradientTape() as tape:
    tape.watch(x)
    y = f(x)
jac_fwd, tape.jacobian(y, x)
