# raises: TypeError
import tensorflow as tf

g = tf.random.Generator.from_seed(0)
g + 1  # the random state is an object, not a number
