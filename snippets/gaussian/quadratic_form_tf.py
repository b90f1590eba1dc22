import tensorflow as tf

mu = tf.constant([0.0, 1.0])
Sigma = tf.constant([[1.0, 0.6], [0.6, 2.0]])
P = tf.linalg.inv(Sigma)  # the precision matrix, computed once
x = tf.stack(tf.meshgrid(tf.linspace(-1.0, 1.0, 3), tf.linspace(0.0, 2.0, 2),
                         indexing="ij"), axis=-1)  # a (3, 2) grid of 2-D points
d = x - mu  # shape (3, 2, 2): any number of leading axes
tf.einsum("...k,kl,...l->...", d, P, d)  # (x - mu)ᵀ Σ⁻¹ (x - mu) at every point
