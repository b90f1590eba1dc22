# raises: InvalidArgumentError
import numpy as np
import tensorflow as tf

a = np.arange(3.0, dtype=np.float32)
capsule = a.__dlpack__()  # what from_dlpack(a) asks a for; a capsule is used up once read
x = tf.experimental.dlpack.from_dlpack(capsule)  # TensorFlow takes only capsules
y = tf.experimental.dlpack.from_dlpack(capsule)  # the capsule was consumed by the line above
