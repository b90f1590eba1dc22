# raises: ValueError
import os
import tempfile

import tensorflow as tf

inputs = tf.keras.Input(shape=(3,))
outputs = tf.keras.layers.Lambda(lambda x: 2 * x)(inputs)  # Python code inside the model
model = tf.keras.Model(inputs, outputs)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.keras")
    model.save(path)
    tf.keras.models.load_model(path)  # safe_mode=True refuses to load a Python lambda
