# raises: RuntimeError
import tensorflow as tf

x = tf.Variable(3.0)
with tf.GradientTape() as tape:  # not persistent: it answers once
    y = x * x
tape.gradient(y, x)  # 2x = 6; the tape then releases what it recorded
tape.gradient(y, x)
