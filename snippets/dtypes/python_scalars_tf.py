import tensorflow as tf

tf.constant(1).dtype, tf.constant(1.0).dtype, tf.constant(True).dtype
