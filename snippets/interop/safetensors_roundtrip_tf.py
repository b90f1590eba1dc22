import os
import tempfile

import safetensors.numpy
import safetensors.tensorflow
import tensorflow as tf

tensors = {
    "weight": tf.reshape(tf.range(6, dtype=tf.float32), (2, 3)),
    "bias": tf.constant([0.5, -0.5]),
}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.safetensors")
    safetensors.tensorflow.save_file(tensors, path)
    mine = safetensors.tensorflow.load_file(path)  # a dict of tensors
    plain = safetensors.numpy.load_file(path)  # the same file, for any other library
mine, plain
