import math

import tensorflow as tf

mu = tf.constant([0.0, 1.0])
for rho in (0.6, 0.0):  # the covariance of this page, then without the correlation
    Sigma = tf.constant([[1.0, rho], [rho, 2.0]])
    formula = 1 / (2 * math.pi * tf.sqrt(tf.linalg.det(Sigma)))
    L = tf.linalg.cholesky(Sigma)  # no library density in core TensorFlow: log det from L
    library = tf.exp(-tf.reduce_sum(tf.math.log(tf.linalg.diag_part(L))) - math.log(2 * math.pi))
    print(f"rho = {rho}: det = {float(tf.linalg.det(Sigma)):.2f}, peak = {float(formula):.4f}")
formula, library
