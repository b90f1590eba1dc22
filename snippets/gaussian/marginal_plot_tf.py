import math

import matplotlib.pyplot as plt
import tensorflow as tf

mu = tf.constant([0.0, 1.0])
Sigma = tf.constant([[1.0, 0.6], [0.6, 2.0]])
x1 = tf.linspace(-8.0, 8.0, 801)
x2 = tf.linspace(-4.0, 6.0, 200)
X1, X2 = tf.meshgrid(x1, x2, indexing="ij")
d = tf.reshape(tf.stack([X1, X2], axis=-1), (-1, 2)) - mu
quad = tf.einsum("nk,kn->n", d, tf.linalg.solve(Sigma, tf.transpose(d)))
p = tf.reshape(tf.exp(-0.5 * quad) / (2 * math.pi * tf.sqrt(tf.linalg.det(Sigma))), X1.shape)
numerical = tf.reduce_sum(p, axis=0) * (x1[1] - x1[0])
exact = tf.exp(-((x2 - mu[1]) ** 2) / (2 * Sigma[1, 1])) / tf.sqrt(2 * math.pi * Sigma[1, 1])

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(x2, exact, label=r"$\mathcal{N}(\mu_2, \Sigma_{22}) = \mathcal{N}(1, 2)$")
ax.plot(x2[::10], numerical[::10], "o", label=r"$\int p(x_1, x_2)\,dx_1$, numerically")
ax.set(xlabel="$x_2$", ylabel="density", ylim=(0, 0.4), title="Marginal of $x_2$")
ax.legend(loc="upper left", fontsize="small")
plt.show()
