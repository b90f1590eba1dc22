import tensorflow as tf

x = tf.Variable(1.0)
with tf.GradientTape() as outer:
    with tf.GradientTape() as inner:
        y = x**3
    dy_dx = inner.gradient(y, x)  # 3x², recorded by the outer tape
d2y_dx2 = outer.gradient(dy_dx, x)  # 6x

v = tf.Variable([1.0, 2.0])
with tf.GradientTape() as outer:
    with tf.GradientTape() as inner:
        g = v[0] ** 2 * v[1] + v[1] ** 3
    grad = inner.gradient(g, v)
H = outer.jacobian(grad, v)  # [[2 v[1], 2 v[0]], [2 v[0], 6 v[1]]]
dy_dx, d2y_dx2, H
