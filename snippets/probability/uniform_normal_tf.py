import tensorflow as tf

tf.random.set_seed(0)
u = tf.random.uniform([10_000])  # uniform on [0, 1): mean 1/2, variance 1/12
z = tf.random.normal([10_000])   # standard normal: mean 0, variance 1
tf.stack([tf.reduce_mean(u), tf.math.reduce_variance(u),
          tf.reduce_mean(z), tf.math.reduce_variance(z)])
