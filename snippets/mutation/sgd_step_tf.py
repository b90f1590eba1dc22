import tensorflow as tf

w = tf.Variable([1.0, -2.0])
for _ in range(3):
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(w**2)
    w.assign_sub(0.1 * tape.gradient(loss, w))  # updates the variable in place
tf.convert_to_tensor(w)
