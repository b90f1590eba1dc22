import tensorflow as tf

tf.random.set_seed(0)  # seed once: each op then draws new numbers
x = tf.random.normal([100_000])
y = tf.random.normal([100_000])
# the same numbers would give 1 and 1; independent draws give about 0 and 0
tf.reduce_mean(tf.cast(x == y, tf.float32)), tf.reduce_mean(x * y)  # the covariance
