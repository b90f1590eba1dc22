import tensorflow as tf

seed = [0, 0]  # a stateless op takes its seed as a pair of integers, like a raw JAX key
fold_in = tf.random.experimental.stateless_fold_in
in_a_loop = [tf.random.stateless_uniform([2], seed=fold_in(seed, step)) for step in range(10)]
directly = tf.random.stateless_uniform([2], seed=fold_in(seed, 7))  # step 7 alone
print(in_a_loop[7].numpy(), directly.numpy())
bool(tf.reduce_all(in_a_loop[7] == directly))
