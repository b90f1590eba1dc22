import inspect

import tensorflow as tf

doc = inspect.getdoc(tf.range)
print([line for line in doc.splitlines() if "not including" in line])  # the answer, in the doc
x = tf.range(0, 1, 0.25)
x, bool(tf.reduce_any(x == 1))  # the check: 1 is not included
