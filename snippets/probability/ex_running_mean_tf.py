import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.normal([100_000, 200])  # 100 000 sequences of 200 draws, mean 0, variance 1
z = tf.cumsum(x, axis=1) / tf.range(1.0, 201.0)  # z_m, the mean of the first m draws
z100, z200 = z[:, 99], z[:, 199]
centred = tf.stack([z100, z200]) - tf.reduce_mean(tf.stack([z100, z200]), axis=1, keepdims=True)
cov = tf.reduce_mean(centred[0] * centred[1])
correlation = cov / tf.sqrt(tf.reduce_mean(centred[0] ** 2) * tf.reduce_mean(centred[1] ** 2))
beyond = tf.reduce_mean(tf.cast(tf.abs(z100) >= 0.2, tf.float32))  # Chebyshev: at most 0.25
beyond_any = tf.reduce_mean(tf.cast(tf.reduce_any(tf.abs(z[:, 99:]) >= 0.2, axis=1), tf.float32))
correlation, beyond, beyond_any  # theory for the correlation: √(100/200)
