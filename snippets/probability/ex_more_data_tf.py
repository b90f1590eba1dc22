import tensorflow as tf

p, n = 0.3, tf.constant([10.0, 100.0, 1000.0, 10000.0])  # a biased coin, n tosses
rng = tf.random.Generator.from_seed(0)
heads = rng.binomial([2000, 4], counts=n, probs=tf.fill([4], p), dtype=tf.float32)  # 2000 runs
p_hat = heads / n  # each run's estimate of p, for each n
estimate_sd = tf.math.reduce_std(p_hat, axis=0)  # divides by n: shrinks like 1/√n
theory_sd = tf.sqrt(p * (1 - p) / n)
# predicting a new toss x by p_hat: E[(x - p_hat)^2] = p(1 - p) + (p_hat - p)^2 per run
next_rmse = tf.sqrt(p * (1 - p) + tf.reduce_mean((p_hat - p) ** 2, axis=0))  # falls, levels off
next_theory = tf.sqrt(p * (1 - p) * (1 + 1 / n))  # the floor: sqrt(p(1 - p)) = 0.458
estimate_sd, theory_sd, next_rmse, next_theory
