import tensorflow as tf

tf.random.set_seed(0)
A, B, C = tf.random.normal((100, 200)), tf.random.normal((100, 200)), tf.random.normal((100, 200))
T = tf.stack([A, B, C], axis=2)  # a new third axis
T.shape, bool(tf.reduce_all(T[:, :, 1] == B))
