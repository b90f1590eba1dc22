import tensorflow as tf

tf.random.set_seed(0)
x = tf.exp(3 * tf.random.normal([10_000]))  # float32, magnitudes from 1e-5 to 1e5
totals = tf.stack([tf.reduce_sum(tf.random.shuffle(x)) for _ in range(20)])  # 20 orders
exact = float(tf.reduce_sum(tf.cast(x, tf.float64)))  # a float64 reference
spread = float(tf.reduce_max(totals) - tf.reduce_min(totals)) / exact
unique = tf.unique(totals).y
print("totals:", tf.sort(unique).numpy(), "float64:", exact)
len(unique) > 1, spread < 1e-5  # order matters, but only in the last digits
