import math

import tensorflow as tf

log_p, p = [], []
for n in (10, 50, 200):  # a standard normal in n dimensions, at its mean
    x, L = tf.zeros(n), tf.linalg.cholesky(tf.eye(n))
    z = tf.linalg.triangular_solve(L, x[:, None])[:, 0]
    log_det = 2 * tf.reduce_sum(tf.math.log(tf.linalg.diag_part(L)))
    log_p.append(-0.5 * (tf.reduce_sum(z**2) + log_det + n * math.log(2 * math.pi)))
    p.append(tf.exp(log_p[-1]))
tf.stack(log_p), tf.stack(p)
