import tensorflow as tf

tf.random.set_seed(0)
three = tf.random.normal([3])
tf.random.set_seed(0)
twenty = tf.random.normal([20])  # the same seed, a larger draw
print(three.numpy(), twenty[:3].numpy(), sep="\n")
bool(tf.reduce_all(three == twenty[:3]))  # is the small draw the start of the large one?
