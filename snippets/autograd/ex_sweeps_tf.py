import tensorflow as tf

x = tf.constant(2.0)
# the graph of f(x) = log(x²) sin x + 1/x, from x to f
u1 = x**2
u2 = tf.math.log(u1)
u3 = tf.sin(x)
u4 = u2 * u3
u5 = 1 / x
# forward: each node's derivative du/dx, from x towards f
du1 = 2 * x
du2 = du1 / u1
du3 = tf.cos(x)
du4 = du2 * u3 + u2 * du3
du5 = -1 / x**2
forward = du4 + du5
# reverse: each node's adjoint df/du, from f back to x
bu4, bu5 = 1.0, 1.0  # f = u4 + u5
bu2, bu3 = bu4 * u3, bu4 * u2
bu1 = bu2 / u1
reverse = bu1 * 2 * x + bu3 * tf.cos(x) + bu5 * (-1 / x**2)  # x feeds u1, u3 and u5


def f(x):
    return tf.math.log(x**2) * tf.sin(x) + 1 / x


with tf.autodiff.ForwardAccumulator(x, tf.constant(1.0)) as acc:
    y = f(x)
jvp = acc.jvp(y)
with tf.GradientTape() as tape:
    tape.watch(x)
    y = f(x)
forward, reverse, jvp, tape.gradient(y, x, output_gradients=tf.constant(1.0))
