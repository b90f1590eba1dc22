import tensorflow as tf

scale = 2.0


@tf.function
def f(x):
    return scale * x  # reads the global


before = f(tf.ones(2))
scale = 3.0
after = f(tf.ones(2))  # same shape and dtype: the cached trace, with 2.0 inside
before, after
