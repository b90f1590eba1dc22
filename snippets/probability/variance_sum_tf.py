import tensorflow as tf

tf.random.set_seed(0)
Sigma = tf.constant([[1.0, 0.6], [0.6, 2.0]])  # Var X = 1, Var Y = 2, Cov(X, Y) = 0.6
L = tf.linalg.cholesky(Sigma)
xy = tf.random.normal([100_000, 2]) @ tf.transpose(L)  # covariance Sigma
v = tf.constant([2.0, -1.0])
sampled = tf.math.reduce_variance(tf.linalg.matvec(xy, v))  # Var[2X - Y], dividing by n
# a² Var X + b² Var Y + 2ab Cov(X, Y), and the same as vᵀ Σ v: 4 + 2 - 2.4 = 3.6
theory = (4 * Sigma[0, 0] + Sigma[1, 1] + 2 * 2 * -1 * Sigma[0, 1],
          tf.tensordot(v, tf.linalg.matvec(Sigma, v), axes=1))
sampled, theory
