# raises: ValueError
import os
import tempfile

import jax.numpy as jnp
import numpy as np

weight = jnp.ones((2, 3))
config = {"lr": 0.1, "layers": [64, 64]}  # a dict becomes a pickled object array
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "ckpt.npz")
    np.savez(path, weight=weight, config=config)
    with np.load(path) as f:  # allow_pickle=False
        f["config"]
