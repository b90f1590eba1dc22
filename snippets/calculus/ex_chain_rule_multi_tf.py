import tensorflow as tf


def inner(a, b):  # x(a, b), y(a, b), z(a, b)
    return a * b, a + b, a - b


def outer(x, y, z):  # u(x, y, z)
    return x * y + z**2


a, b = tf.Variable(2.0), tf.Variable(3.0)
with tf.GradientTape(persistent=True) as tape:
    x, y, z = inner(a, b)
    u = outer(x, y, z)
u_x, u_y, u_z = tape.gradient(u, [x, y, z])
# ∂x/∂a = b, ∂y/∂a = 1, ∂z/∂a = 1;  ∂x/∂b = a, ∂y/∂b = 1, ∂z/∂b = -1
by_hand = u_x * b + u_y + u_z, u_x * a + u_y - u_z
tuple(tape.gradient(u, [a, b])), by_hand
