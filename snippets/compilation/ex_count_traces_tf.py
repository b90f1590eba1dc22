import tensorflow as tf

traces = []


@tf.function
def f(x):
    traces.append((x.shape, x.dtype))  # runs only while tracing
    return 2 * x + 1


calls = [tf.ones(3), tf.zeros(3), tf.ones(4), tf.ones(3, dtype=tf.int32)]
for x in calls:
    f(x)
print("dtypes traced:", [dtype.name for _, dtype in traces])
len(traces)
