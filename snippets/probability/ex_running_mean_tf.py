import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.normal([100_000, 200])  # 100 000 sequences of 200 draws, mean 0, variance 1
z = tf.cumsum(x, axis=1) / tf.range(1.0, 201.0)  # z_m, the mean of the first m draws
z100, z200 = z[:, 99], z[:, 199]


def frequency(event):
    return tf.reduce_mean(tf.cast(event, tf.float32))


c100, c200 = z100 - tf.reduce_mean(z100), z200 - tf.reduce_mean(z200)
correlation = tf.reduce_sum(c100 * c200) / tf.norm(c100) / tf.norm(c200)  # √(100/200)
beyond = frequency(tf.abs(z100) >= 0.2)  # Chebyshev: at most 1/(100 · 0.2²) = 0.25
beyond_any = frequency(tf.reduce_any(tf.abs(z[:, 99:]) >= 0.2, axis=1))  # some m, 100...200
correlation, beyond, beyond_any
