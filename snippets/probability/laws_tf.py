import tensorflow as tf

tf.random.set_seed(0)
n, a = 100_000, 3.0
x = tf.random.uniform([n])  # U(0, 1): E[X] = 1/2, Var[X] = 1/12
y = tf.random.normal([n])   # N(0, 1), independent of x
sampled = tf.stack([tf.reduce_mean(x + y), tf.math.reduce_variance(a * x),
                    tf.math.reduce_variance(x + y)])
theory = tf.constant([0.5, a**2 / 12, 1 / 12 + 1])  # E[X]+E[Y], a² Var[X], Var[X]+Var[Y]
sampled, theory
