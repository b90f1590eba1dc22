import tensorflow as tf

traces = []


@tf.function(reduce_retracing=True)  # generalises the shape after a change
def f_general(x):
    traces.append(x.shape)  # runs only while tracing
    return tf.tanh(x @ x) + 2 * x


@tf.function
def f(x):
    traces.append(x.shape)  # runs only while tracing
    return tf.tanh(x @ x) + 2 * x


for n in [2, 3, 4, 2, 5]:
    f_general(tf.ones((n, n)))
print("with reduce_retracing=True:", len(traces), "traces")
traces.clear()
for n in [2, 3, 4, 2, 5]:
    f(tf.ones((n, n)))
len(traces)
