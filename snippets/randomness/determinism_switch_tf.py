import tensorflow as tf

# TensorFlow's switch has no public query and no public way back: only the call itself.
platform = "GPU" if tf.config.list_physical_devices("GPU") else "CPU"
platform, [name for name in dir(tf.config.experimental) if "determinism" in name]
