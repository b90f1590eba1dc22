import numpy as np
import tensorflow as tf

# Four workers, one seed: split one generator into four, one stream each.
streams = tf.stack([g.normal([100_000]) for g in tf.random.Generator.from_seed(0).split(4)])
corr = np.corrcoef(streams.numpy())  # core TensorFlow has no corrcoef
off_diagonal = corr[~np.eye(4, dtype=bool)]
print(corr)
len(set(streams[:, 0].numpy().tolist())) == 4, bool(np.abs(off_diagonal).max() < 0.02)
