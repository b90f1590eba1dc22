import numpy as np
import tensorflow as tf

n = 256
a = np.sin(np.arange(n * n)).reshape(n, n)  # float64 data, and its exact product
b = np.cos(np.arange(n * n)).reshape(n, n)
exact = a @ b
x, y = tf.constant(a, dtype=tf.float32), tf.constant(b, dtype=tf.float32)


def rel_error(c):
    return float(np.abs(c.numpy() - exact).max() / np.abs(exact).max())


default = rel_error(x @ y)
# ask for full float32 precision, and restore the setting afterwards
previous = tf.config.experimental.tensor_float_32_execution_enabled()
tf.config.experimental.enable_tensor_float_32_execution(False)
try:
    full = rel_error(x @ y)
finally:
    tf.config.experimental.enable_tensor_float_32_execution(previous)
default, full
