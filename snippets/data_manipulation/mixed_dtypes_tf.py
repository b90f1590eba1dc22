# raises: InvalidArgumentError
import tensorflow as tf

i = tf.range(3)  # int32
f = tf.ones(3)  # float32
i + f  # tf.concat([i, f], axis=0) fails the same way
