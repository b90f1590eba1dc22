import tensorflow as tf

tf.random.set_seed(0)
mu = tf.constant([0.0, 1.0])
Sigma = tf.constant([[1.0, 0.6], [0.6, 2.0]])
L = tf.linalg.cholesky(Sigma)  # Sigma = L L^T
z = tf.random.normal((10_000, 2))  # standard normal draws, one per row
buggy = mu + z @ tf.transpose(Sigma)  # x = mu + Sigma z: covariance Sigma Sigma^T
fixed = mu + z @ tf.transpose(L)  # x = mu + L z: covariance L L^T = Sigma


def cov(x):  # core TensorFlow has no cov: the sample covariance of the rows
    d = x - tf.reduce_mean(x, axis=0)
    return tf.transpose(d) @ d / (x.shape[0] - 1)


cov(buggy), Sigma @ tf.transpose(Sigma), cov(fixed)
