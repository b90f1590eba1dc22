import tensorflow as tf
from tensorflow import norm

x, y, a = tf.constant([3.0, -4.0]), tf.constant([1.0, 2.0]), -2.0
(norm(a * x), abs(a) * norm(x),   # scaling: ||a x|| = |a| ||x||
 norm(x + y), norm(x) + norm(y),  # triangle inequality: ||x + y|| <= ||x|| + ||y||
 norm(tf.zeros(2)))               # non-negative, and 0 only for the zero vector
