import tensorflow as tf


def masks(g, steps):
    return [g.uniform([4]) < 0.5 for _ in steps]


whole_run = masks(tf.random.Generator.from_seed(0), range(6))  # steps 0 to 5 without a break

g = tf.random.Generator.from_seed(0)
masks(g, range(4))  # steps 0 to 3, then a checkpoint...
state, alg = g.state.numpy(), g.algorithm  # ...that saves the generator's state
restarted = tf.random.Generator.from_state(state, alg)  # a new process restores it
resumed = masks(restarted, range(4, 6))
all(bool(tf.reduce_all(a == b)) for a, b in zip(whole_run[4:], resumed, strict=True))
