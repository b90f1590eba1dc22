import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
single = tf.random.normal([3])
tf.random.set_seed(0)
double = tf.random.normal([3], dtype=tf.float64)  # the same seed, another dtype
print(single.numpy(), double.numpy(), sep="\n")
bool(np.allclose(single.numpy(), double.numpy(), atol=1e-6))
