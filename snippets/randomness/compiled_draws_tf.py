import tensorflow as tf


@tf.function
def f():
    return tf.random.uniform([2])


@tf.function
def g():  # a second function with the same body
    return tf.random.uniform([2])


tf.random.set_seed(1234)
a, b = f(), g()  # each graph numbers its own ops from the global seed: the same op seeds
print(a.numpy(), b.numpy())
bool(tf.reduce_all(a == b))
