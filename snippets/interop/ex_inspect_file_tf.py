import os
import tempfile

import safetensors
import safetensors.tensorflow
import tensorflow as tf

tensors = {
    "weight": tf.reshape(tf.range(12, dtype=tf.float32), (4, 3)),
    "bias": tf.zeros(3, dtype=tf.float16),  # half precision
}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.safetensors")
    safetensors.tensorflow.save_file(tensors, path)
    with safetensors.safe_open(path, framework="tf") as f:
        info = {name: (f.get_slice(name).get_dtype(), f.get_slice(name).get_shape())
                for name in f.keys()}  # read from the header: no tensor data loaded
        rows = f.get_slice("weight")[1:3]  # reads rows 1 and 2 only
info, rows
