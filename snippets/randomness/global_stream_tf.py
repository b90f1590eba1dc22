import tensorflow as tf

x = tf.ones([4])
tf.random.set_seed(0)
before = tf.random.normal([3])  # the numbers we care about
tf.random.set_seed(0)
tf.nn.dropout(x, 0.5)  # an unrelated op without a seed: it takes the next op seed
after = tf.random.normal([3])  # so this op gets another op seed, and other numbers
print(before.numpy(), after.numpy(), sep="\n")
bool(tf.reduce_all(before == after))
