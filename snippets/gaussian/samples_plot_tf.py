import math

import matplotlib.pyplot as plt
import tensorflow as tf

tf.random.set_seed(0)
mu = tf.constant([0.0, 1.0])
Sigma = tf.constant([[1.0, 0.6], [0.6, 2.0]])
L = tf.linalg.cholesky(Sigma)
X = mu + tf.random.normal([1_000, 2]) @ tf.transpose(L)  # x = mu + L z
G1, G2 = tf.meshgrid(tf.linspace(-4.0, 4.0, 100), tf.linspace(-4.0, 6.0, 100))
d = tf.reshape(tf.stack([G1, G2], axis=-1), (-1, 2)) - mu
z = tf.linalg.triangular_solve(L, tf.transpose(d))  # |L^-1 (x - mu)|^2 is the quadratic form
sqrt_det = tf.reduce_prod(tf.linalg.diag_part(L))  # sqrt(det Sigma) = prod(diag L)
Z = tf.reshape(tf.exp(-0.5 * tf.reduce_sum(z**2, axis=0)) / (2 * math.pi * sqrt_det), G1.shape)

fig, ax = plt.subplots(figsize=(4.5, 5))
ax.scatter(X[:, 0], X[:, 1], s=4, alpha=0.4, color="tab:gray", label="1000 samples")
ax.contour(G1, G2, Z, levels=5, cmap="viridis")
ax.set(xlabel="$x_1$", ylabel="$x_2$", aspect="equal", title="Samples and density contours")
ax.legend(loc="upper left")
plt.show()
