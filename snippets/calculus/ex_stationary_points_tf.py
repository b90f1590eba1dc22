import tensorflow as tf


def derivative(f, x):  # f'(x_i) for each element: each f(x_i) depends on x_i alone
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = f(x)
    return tape.gradient(y, x)


functions = {"x**2": lambda x: x**2, "-x**2": lambda x: -(x**2), "x**3": lambda x: x**3}
x = tf.constant([-0.5, 0.0, 0.5])  # left of 0, at 0, right of 0
{name: derivative(f, x) for name, f in functions.items()}
