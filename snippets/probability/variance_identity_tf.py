import tensorflow as tf

x = tf.range(1.0, 7.0)       # the values of a fair die
p = tf.fill([6], 1 / 6)      # their probabilities
mean = tf.reduce_sum(p * x)  # E[X] = 3.5
# Var[X] two ways: E[X²] - E[X]² and E[(X - E[X])²], both 35/12
mean, tf.reduce_sum(p * x**2) - mean**2, tf.reduce_sum(p * (x - mean) ** 2)
