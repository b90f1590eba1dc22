import tensorflow as tf

x = tf.constant([[1000.0, 1000.0], [-1000.0, -1000.0]])
naive = tf.math.log(tf.reduce_sum(tf.exp(x), axis=1))  # exp(1000) is inf, exp(-1000) is 0
stable = tf.reduce_logsumexp(x, axis=1)  # max + log(sum(exp(x - max)))
naive, stable
