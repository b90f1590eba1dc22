import math

import tensorflow as tf

mu = tf.constant([0.0, 1.0])
Sigma = tf.constant([[1.0, 0.6], [0.6, 2.0]])


def pdf(x):
    d = x - mu  # one point per row
    # (x-mu)^T Sigma^-1 (x-mu)
    quad = tf.einsum("nk,kn->n", d, tf.linalg.solve(Sigma, tf.transpose(d)))
    _, logdet = tf.linalg.slogdet(Sigma)
    return tf.exp(-0.5 * (quad + logdet + len(mu) * math.log(2 * math.pi)))


pdf(tf.constant([[0.0, 1.0], [1.0, 1.0], [-1.0, 2.0], [2.0, -1.0]]))
