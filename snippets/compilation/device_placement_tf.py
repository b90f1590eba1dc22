import tensorflow as tf

device = "/GPU:0" if tf.config.list_physical_devices("GPU") else "/CPU:0"
with tf.device(device):
    x = tf.ones((2, 3))
    y = 2 * x
y.device, y.numpy()
