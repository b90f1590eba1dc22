import numpy as np
import tensorflow as tf

n = 256
a = np.sin(np.arange(n * n)).reshape(n, n)  # float64 data, and its exact product
b = np.cos(np.arange(n * n)).reshape(n, n)
exact = a @ b
x, y = tf.constant(a, dtype=tf.float32), tf.constant(b, dtype=tf.float32)


def rel_error(c):
    return float(np.abs(c.numpy() - exact).max() / np.abs(exact).max())


def to_bf16(t):  # round to bfloat16 and back: float32 again, with 8 significant bits
    return tf.cast(tf.cast(t, tf.bfloat16), tf.float32)


# what one bfloat16 pass does: round the inputs to bfloat16, multiply and add in float32
rounded = to_bf16(x) @ to_bf16(y)
rel_error(x @ y), rel_error(rounded)
