import tensorflow as tf

names = [n for n in dir(tf.linalg) if not n.startswith("_")]  # public names only
[n for n in names if "norm" in n]  # every function with "norm" in its name
