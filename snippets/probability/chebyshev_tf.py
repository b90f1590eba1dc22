import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.normal([100_000])  # mean 0, standard deviation 1
k = tf.constant([1.5, 2.0, 3.0])
outside = tf.cast(tf.abs(x)[:, None] >= k, tf.float32)
beyond = tf.reduce_mean(outside, axis=0)  # P(|X - mu| >= k sigma), sampled
beyond, 1 / k**2  # Chebyshev's bound holds for every distribution; it is loose here
