import tensorflow as tf

output = tf.ones(512 * 512, dtype=tf.float16)  # a 512 x 512 mask, all ones
target = tf.ones(512 * 512, dtype=tf.float16)
intersection = tf.reduce_sum(output * target)  # 262144 does not fit in float16: inf
fixed = tf.reduce_sum(tf.cast(output * target, tf.float32))  # cast first, then sum
intersection, fixed
