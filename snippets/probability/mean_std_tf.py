import tensorflow as tf

x = tf.constant([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
# reduce_std and reduce_variance divide by n and have no ddof option
n = tf.cast(tf.size(x), x.dtype)
std_n_minus_1 = tf.sqrt(tf.math.reduce_variance(x) * n / (n - 1))
tf.reduce_mean(x), tf.math.reduce_variance(x), tf.math.reduce_std(x), std_n_minus_1
