import math

import matplotlib.pyplot as plt
import tensorflow as tf

mu = tf.constant([0.0, 1.0])
Sigma = tf.constant([[1.0, 0.6], [0.6, 2.0]])
X1, X2 = tf.meshgrid(tf.linspace(-3.0, 3.0, 60), tf.linspace(-3.0, 4.0, 60))
# no multivariate normal in core TF: the formula. tf.linalg.solve does not
# broadcast Sigma over the grid's batch dimensions, so flatten the grid to points
d = tf.reshape(tf.stack([X1, X2], axis=-1), (-1, 2)) - mu
quad = tf.einsum("nk,kn->n", d, tf.linalg.solve(Sigma, tf.transpose(d)))
Z = tf.exp(-0.5 * quad) / (2 * math.pi * tf.sqrt(tf.linalg.det(Sigma)))
Z = tf.reshape(Z, X1.shape)

fig = plt.figure(figsize=(6, 4.5))
ax = fig.add_subplot(projection="3d")
ax.plot_surface(X1, X2, Z, rstride=3, cstride=3, cmap="viridis", linewidth=0.5)
ax.contourf(X1, X2, Z, zdir="z", offset=-0.15, cmap="viridis")  # drawn on the floor z = -0.15
ax.set(xlabel="$x_1$", ylabel="$x_2$", zlabel="density", zlim=(-0.15, 0.2),
       zticks=[0, 0.05, 0.1, 0.15, 0.2], title="Bivariate Gaussian density")
ax.view_init(elev=27, azim=-21)
plt.show()
