import os
import tempfile

import safetensors
import safetensors.tensorflow
import tensorflow as tf

tensors = {
    "weight": tf.reshape(tf.range(6, dtype=tf.float32), (2, 3)),
    "bias": tf.constant([0.5, -0.5]),
}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.safetensors")
    safetensors.tensorflow.save_file(tensors, path)
    with safetensors.safe_open(path, framework="tf") as f:  # maps the file, reads the header
        names = sorted(f.keys())
        bias = f.get_tensor("bias")  # reads only this tensor's bytes
names, bias
