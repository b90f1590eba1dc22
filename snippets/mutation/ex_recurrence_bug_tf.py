import tensorflow as tf

x = tf.Variable(1.0)
with tf.GradientTape() as tape:
    f = [tf.constant(1.0)]
    for i in range(1, 10):
        f.append(tf.sigmoid(f[i - 1] * x))
    loss = tf.reduce_sum(tf.stack(f))
loss, tape.gradient(loss, x)
