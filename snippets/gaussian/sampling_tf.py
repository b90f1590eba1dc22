import tensorflow as tf

tf.random.set_seed(0)
mu = tf.constant([0.0, 1.0])
Sigma = tf.constant([[1.0, 0.6], [0.6, 2.0]])
# no multivariate sampler in core TF: x = mu + L z with Sigma = L L^T, z ~ N(0, I)
L = tf.linalg.cholesky(Sigma)
X = mu + tf.random.normal([10_000, 2]) @ tf.transpose(L)  # one draw per row
D = X - tf.reduce_mean(X, axis=0)
tf.reduce_mean(X, axis=0), tf.transpose(D) @ D / (X.shape[0] - 1)
