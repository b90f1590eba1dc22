import math

import tensorflow as tf

u = tf.constant([3.0, 4.0])
v = tf.constant([4.0, 3.0])
cos = tf.tensordot(u, v, axes=1) / (tf.norm(u) * tf.norm(v))
cos, tf.acos(cos) * 180 / math.pi
