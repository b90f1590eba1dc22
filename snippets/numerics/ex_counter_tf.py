import tensorflow as tf

counts = {}
for name, dtype in {"bfloat16": tf.bfloat16, "float16": tf.float16}.items():
    count = tf.constant(0.0, dtype=dtype)
    for _ in range(300):
        count = count + 1  # add 1, three hundred times
    counts[name] = float(count)
counts
