import tensorflow as tf

X = tf.reshape(tf.range(12, dtype=tf.float32), (3, 4))
Y = tf.constant([[2.0, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
less, greater, equal = X < Y, X > Y, X == Y
# each position is exactly one of <, >, ==: the three counts add up to 12
# (tf.reduce_sum refuses booleans: count them as integers)
less, greater, [int(tf.math.count_nonzero(m)) for m in (less, greater, equal)]
