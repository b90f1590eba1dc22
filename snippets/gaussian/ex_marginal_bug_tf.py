import math

import tensorflow as tf

mu = tf.constant([0.0, 1.0])
Sigma = tf.constant([[1.0, 0.6], [0.6, 2.0]])
x1 = tf.linspace(-8.0, 8.0, 801)
x2 = tf.constant([-1.0, 0.0, 1.0, 2.0, 3.0])
X1, X2 = tf.meshgrid(x1, x2, indexing="ij")
d = tf.reshape(tf.stack([X1, X2], axis=-1), (-1, 2)) - mu  # one point per row
quad = tf.reduce_sum(d * tf.transpose(tf.linalg.solve(Sigma, tf.transpose(d))), axis=1)
p = tf.reshape(tf.exp(-0.5 * quad) / (2 * math.pi * tf.sqrt(tf.linalg.det(Sigma))), X1.shape)
numerical = tf.reduce_sum(p, axis=0) * (x1[1] - x1[0])  # the marginal (the tails are ~0)


def normal_pdf(x, loc, scale):
    return tf.exp(-0.5 * ((x - loc) / scale) ** 2) / (scale * math.sqrt(2 * math.pi))


buggy = normal_pdf(x2, mu[1], tf.linalg.det(Sigma))  # the determinant as scale
fixed = normal_pdf(x2, mu[1], tf.sqrt(Sigma[1, 1]))  # the std of x2: sqrt(Sigma_22)
(round(float(tf.reduce_max(tf.abs(buggy - numerical))), 4),
 round(float(tf.reduce_max(tf.abs(fixed - numerical))), 4))
