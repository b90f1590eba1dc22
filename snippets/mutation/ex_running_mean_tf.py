import tensorflow as tf

running = tf.Variable(tf.zeros(2))
for batch in [tf.constant([1.0, 2.0]), tf.constant([3.0, 4.0]), tf.constant([5.0, 6.0])]:
    running.assign(0.9 * running + 0.1 * batch)
tf.convert_to_tensor(running)
