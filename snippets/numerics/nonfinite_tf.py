import tensorflow as tf

y = tf.math.log(tf.constant([2.0, 1.0, 0.0, -1.0]))  # log(0) is -inf, log(-1) is nan
finite = tf.math.is_finite(y)  # False for inf, -inf and nan alike
y, finite, int(tf.where(~finite)[0, 0])  # the index of the first bad value
