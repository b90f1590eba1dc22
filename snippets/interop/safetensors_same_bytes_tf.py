import hashlib

import safetensors.tensorflow
import tensorflow as tf

tensors = {
    "weight": tf.reshape(tf.range(6, dtype=tf.float32), (2, 3)),
    "bias": tf.constant([0.5, -0.5]),
}
data = safetensors.tensorflow.save(tensors)  # the file's bytes, without writing a file
len(data), hashlib.sha256(data).hexdigest()[:16]
