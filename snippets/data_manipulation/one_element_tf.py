# raises: TypeError
import tensorflow as tf

a = tf.constant([3.5])  # shape (1,), not a 0-d scalar
float(a), a.numpy().item()
