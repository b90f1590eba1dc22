import tensorflow as tf

mu = tf.constant([0.0, 1.0])
Sigma = tf.constant([[1.0, 0.6], [0.6, 2.0]])
b = 3.0  # condition on x2 = 3
mean = mu[0] + Sigma[0, 1] / Sigma[1, 1] * (b - mu[1])
var = Sigma[0, 0] - Sigma[0, 1] ** 2 / Sigma[1, 1]

x1 = tf.linspace(-8.0, 8.0, 1601)
d = tf.stack([x1, tf.fill(x1.shape, b)], -1) - mu
quad = tf.reduce_sum(d * tf.transpose(tf.linalg.solve(Sigma, tf.transpose(d))), axis=1)
p = tf.exp(-0.5 * quad)  # the constant factor cancels when the slice is normalised
w = p / tf.reduce_sum(p)  # the slice at x2 = 3, normalised: p(x1 | x2 = 3)
num_mean = tf.reduce_sum(w * x1)
num_var = tf.reduce_sum(w * (x1 - num_mean) ** 2)
(mean, var), (num_mean, num_var)
