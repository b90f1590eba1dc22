import tensorflow as tf

# TensorFlow's stateless ops take a raw seed, a pair of integers, much like a raw JAX key.
tf.random.stateless_normal([3], seed=[0, 0])
