import tensorflow as tf

w = tf.Variable([1.0, -2.0])
with tf.GradientTape() as tape:
    loss = tf.reduce_sum(w**2)
g = tape.gradient(loss, w)
w.assign_sub(0.1 * g)  # a variable is meant to be updated in place
w
