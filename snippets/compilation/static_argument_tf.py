import tensorflow as tf

traces = []


@tf.function
def power(x, n):
    traces.append(n)
    y = tf.ones_like(x)
    for _ in range(n):  # a Python int argument is a constant of the trace
        y = y * x
    return y


x = tf.constant([1.0, 2.0, 3.0])
power(x, 2), power(x, 3), power(x, 2), len(traces)
