import tensorflow as tf

tf.zeros(3, dtype=tf.float64).dtype
