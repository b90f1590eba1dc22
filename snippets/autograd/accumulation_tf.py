import tensorflow as tf

x = tf.Variable(tf.range(4.0))
grads = []
for _ in range(2):
    with tf.GradientTape() as tape:  # each tape starts empty
        y = 2 * tf.tensordot(x, x, axes=1)
    grads.append(tape.gradient(y, x))

with tf.GradientTape() as tape:
    y = tf.reduce_sum(x)
grads[0], grads[1], tape.gradient(y, x)
