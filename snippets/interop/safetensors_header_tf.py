import json
import struct

import safetensors.tensorflow
import tensorflow as tf

tensors = {
    "weight": tf.reshape(tf.range(6, dtype=tf.float32), (2, 3)),
    "bias": tf.constant([0.5, -0.5]),
}
data = safetensors.tensorflow.save(tensors, metadata={"epoch": "3"})
(n,) = struct.unpack("<Q", data[:8])  # 8 bytes: the header's length, little-endian
header = json.loads(data[8:8 + n])  # then the header, plain JSON; then the raw bytes
n, header
