# raises: TypeError
import tensorflow as tf

X = tf.reshape(tf.range(12, dtype=tf.float32), (3, 4))
X[1, 2] = 9
X
