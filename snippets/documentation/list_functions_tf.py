import tensorflow as tf

names = [name for name in dir(tf.random) if not name.startswith("_")]
len(names), names[:15]
