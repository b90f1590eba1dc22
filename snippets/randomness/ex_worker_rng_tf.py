import tensorflow as tf

# Two workers, two samples each. The bug: every worker makes its generator from one seed.
buggy = [tf.random.Generator.from_seed(0).uniform([2]) for worker in range(2)]
# The fix: split one generator into independent ones, one per worker.
fixed = [g.uniform([2]) for g in tf.random.Generator.from_seed(0).split(2)]
buggy, fixed = tf.concat(buggy, 0), tf.concat(fixed, 0)
print("buggy:", buggy.numpy())
print("fixed:", fixed.numpy())
len(set(buggy.numpy().tolist())), len(set(fixed.numpy().tolist()))
