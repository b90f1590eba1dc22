import math

import tensorflow as tf

mu = tf.constant([0.0, 1.0])
Sigma = tf.constant([[1.0, 0.6], [0.6, 2.0]])
x = tf.constant([[0.0, 1.0], [1.0, 1.0], [-1.0, 2.0], [2.0, -1.0]])
# Core TF has no distributions (they live in TensorFlow Probability): use what
# such a library does. With Sigma = L L^T, the quadratic form is |L^-1 (x - mu)|^2
# and log det Sigma = 2 sum(log diag L).
L = tf.linalg.cholesky(Sigma)
z = tf.linalg.triangular_solve(L, tf.transpose(x - mu), lower=True)
log_p = (-0.5 * tf.reduce_sum(z**2, axis=0)
         - tf.reduce_sum(tf.math.log(tf.linalg.diag_part(L)))
         - len(mu) / 2 * math.log(2 * math.pi))
tf.exp(log_p)
