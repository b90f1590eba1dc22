import argparse
import json
import os
import tempfile

import tensorflow as tf

args = argparse.Namespace(lr=0.1, layers=2)  # what the training script parsed
with tempfile.TemporaryDirectory() as d:
    # a checkpoint holds variables only: store the arguments as a JSON string variable
    saved = tf.train.Checkpoint(
        weight=tf.Variable(tf.ones((2, 3))), args=tf.Variable(json.dumps(vars(args)))
    ).write(os.path.join(d, "ckpt"))
    weight, text = tf.Variable(tf.zeros((2, 3))), tf.Variable("")
    tf.train.Checkpoint(weight=weight, args=text).read(saved).assert_consumed()
weight, json.loads(text.numpy())["lr"]
