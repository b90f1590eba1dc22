import tensorflow as tf

# 64-bit types are always there: ask for them by dtype
tf.range(3, dtype=tf.int64).dtype, tf.constant(0.1, dtype=tf.float64).dtype
