import tensorflow as tf

traces = []
x = tf.ones((8, 8))
for _ in range(3):  # a benchmark loop that defines and compiles its function each time

    def step(x):
        traces.append(1)  # runs only while tracing
        return tf.tanh(x @ x) + 2 * x

    tf.function(step)(x)
len(traces)  # a new tf.function each time: traced each time
