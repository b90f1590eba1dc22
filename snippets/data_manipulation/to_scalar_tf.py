import tensorflow as tf

a = tf.constant(3.5)
a, a.numpy().item(), float(a), int(a)
