import numpy as np
import tensorflow as tf

buf = np.empty(2, dtype=np.float32)  # one buffer, refilled for every batch
shared, copied = [], []
for step in range(3):
    buf[:] = step  # "load" batch number `step` into the buffer
    shared.append(tf.convert_to_tensor(buf))  # copies the buffer
    copied.append(tf.constant(buf))  # copies too
tf.stack(shared), tf.stack(copied)
