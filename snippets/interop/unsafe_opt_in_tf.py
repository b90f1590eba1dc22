import os
import tempfile

import tensorflow as tf

inputs = tf.keras.Input(shape=(2,))
outputs = tf.keras.layers.Lambda(lambda x: print("the Lambda layer's code ran") or x)(inputs)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.keras")
    tf.keras.Model(inputs, outputs).save(path)
    print("-- saved; loading --")
    model = tf.keras.models.load_model(path, safe_mode=False)  # runs the file's bytecode
model(tf.ones((1, 2)))[0]
