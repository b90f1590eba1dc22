import tensorflow as tf

n, eps = tf.constant([10.0, 100.0, 1000.0]), 0.1  # tosses of a fair coin, a deviation
rng = tf.random.Generator.from_seed(0)
heads = rng.binomial([100_000, 3], counts=n, probs=tf.fill([3], 0.5), dtype=tf.float32)
p_hat = heads / n  # 100 000 estimates of P(heads) for each n
variance = tf.math.reduce_variance(p_hat, axis=0)  # divides by n; theory: 1/(4n)
# P(|p̂ - 1/2| ≥ ε), counted in heads: in float32, 0.4 - 0.5 is not -0.1
deviates = tf.reduce_mean(tf.cast(tf.abs(heads - n / 2) >= n / 10, tf.float32), axis=0)
chebyshev = tf.minimum(1 / (4 * n * eps**2), 1.0)  # Var / ε², at most 1
clt = tf.math.erfc(2 * eps * tf.sqrt(n) / 2**0.5)  # 2 P(Z ≥ ε/σ), σ = 1/(2√n)
variance, 1 / (4 * n), deviates, chebyshev, clt
