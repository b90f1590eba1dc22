import math

import tensorflow as tf

u = tf.constant([3.0, -4.0, 1.0])
ps = [1, 2, 3, math.inf]
(tf.stack([tf.norm(u, ord=p) for p in ps]),
 tf.reduce_sum(tf.abs(u) ** 3) ** (1 / 3))  # the definition for p = 3
