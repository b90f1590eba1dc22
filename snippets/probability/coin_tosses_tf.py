import tensorflow as tf

tf.random.set_seed(0)
fair = tf.constant([[0.5, 0.5]])
tosses = tf.random.categorical(tf.math.log(fair), 100)[0]  # 0 = heads; takes logits
print("the draws are", tosses.dtype.name)
counts = tf.math.bincount(tf.cast(tosses, tf.int32), minlength=2)  # [heads, tails]
counts, counts / 100
