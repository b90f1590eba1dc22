import tensorflow as tf


def g(x):  # R³ -> R²
    return tf.stack([x[0] * x[1], x[1] + x[2]])


def f(u):  # R² -> R
    return u[0] ** 2 + 3 * u[1]


x = tf.Variable([1.0, 2.0, 3.0])
with tf.GradientTape(persistent=True) as tape:
    u = g(x)
    y = f(u)
jacobian_g = tape.jacobian(u, x)  # 2 x 3
grad_f = tape.gradient(y, u)  # gradient with respect to u
tf.linalg.matvec(jacobian_g, grad_f, transpose_a=True), tape.gradient(y, x)
