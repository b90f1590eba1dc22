import tensorflow as tf

mu = tf.constant([0.05, 0.08, 0.12])  # expected returns of three stocks
sigma = tf.constant([[0.010, 0.002, 0.001],  # covariance of the returns
                     [0.002, 0.040, 0.010],
                     [0.001, 0.010, 0.090]])
alpha = tf.constant([0.5, 0.3, 0.2])  # a portfolio: weights that sum to 1


def variance(w):  # wᵀ Σ w
    return tf.tensordot(w, tf.linalg.matvec(sigma, w), axes=1)


def ret(w):  # wᵀ μ
    return tf.tensordot(w, mu, axes=1)


# the portfolio of least variance: α proportional to Σ⁻¹ 1
least = tf.linalg.solve(sigma, tf.ones([3, 1]))[:, 0]
least = least / tf.reduce_sum(least)
ret(alpha), variance(alpha), least, ret(least), variance(least)
