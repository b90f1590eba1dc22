import os
import tempfile

import tensorflow as tf

params = {
    "weight": tf.Variable(tf.reshape(tf.range(6, dtype=tf.float32), (2, 3))),
    "bias": tf.Variable([0.5, -0.5]),
}
step = tf.Variable(100)
with tempfile.TemporaryDirectory() as d:
    saved = tf.train.Checkpoint(step=step, **params).write(os.path.join(d, "ckpt"))
    print(sorted(os.listdir(d)))  # an index file and a data shard
    restored = {"weight": tf.Variable(tf.zeros((2, 3))), "bias": tf.Variable(tf.zeros(2))}
    new_step = tf.Variable(0)
    tf.train.Checkpoint(step=new_step, **restored).read(saved).assert_consumed()
restored, int(new_step)
