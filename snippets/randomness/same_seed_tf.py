import tensorflow as tf

tf.random.set_seed(0)
x = tf.random.normal([100_000])
print("first three:", x[:3].numpy())  # other numbers than PyTorch's and JAX's for seed 0
float(tf.reduce_mean(x)), float(tf.math.reduce_std(x))  # but the same distribution
