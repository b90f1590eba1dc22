import time

import tensorflow as tf


@tf.function
def f(x):
    return tf.tanh(x @ x) + 2 * x


tf.random.set_seed(0)
x = tf.random.normal((256, 256))
start = time.perf_counter()
concrete = f.get_concrete_function(tf.TensorSpec(x.shape, x.dtype))  # trace now
compile_done = time.perf_counter()
concrete(x).numpy()
first_done = time.perf_counter()
concrete(x).numpy()
second_done = time.perf_counter()
{"get_concrete_function (ms)": round((compile_done - start) * 1e3, 2),
 "first call (ms)": round((first_done - compile_done) * 1e3, 2),
 "second call (ms)": round((second_done - first_done) * 1e3, 2)}
