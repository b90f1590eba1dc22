import tensorflow as tf

# True: float32 matmuls and convolutions may use TF32 (on Ampere and later NVIDIA GPUs)
tf.config.experimental.tensor_float_32_execution_enabled()
