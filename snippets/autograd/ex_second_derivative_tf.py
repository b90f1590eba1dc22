import tensorflow as tf


def f(x):
    return tf.sin(x) * tf.exp(x)


def df(x):
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = f(x)
    return tape.gradient(y, x)


def d2f(x):
    with tf.GradientTape() as tape:
        tape.watch(x)
        dy = df(x)  # the outer tape records the inner tape's backward pass
    return tape.gradient(dy, x)


x = tf.constant(1.0)
for name, g in [("f", f), ("df/dx", df), ("d2f/dx2", d2f)]:
    graph = tf.function(g).get_concrete_function(tf.TensorSpec([], tf.float32)).graph
    print(f"operations to compute {name}: {len(graph.get_operations())}")
df(x), d2f(x), 2 * tf.exp(x) * tf.cos(x)  # f'' = 2 eˣ cos x
