import tensorflow as tf


def derivative(f, x):  # f'(x_i) for each element: each f(x_i) depends on x_i alone
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = f(x)
    return tape.gradient(y, x)


y = tf.constant([-1.0, 0.0, 2.0])
d_arctan = derivative(tf.atan, y)  # (f⁻¹)'(y)
d_arctan, 1 / derivative(tf.tan, tf.atan(y)), 1 / (1 + y**2)
