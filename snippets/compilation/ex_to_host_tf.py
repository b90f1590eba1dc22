import tensorflow as tf

with tf.device("CPU:0"):  # a chosen device, whatever TensorFlow would pick
    x = tf.range(4.0)
    y = x**2
tf.DeviceSpec.from_string(y.device).device_type.lower(), y.numpy()  # the device, the value
