import argparse
import json
import os
import tempfile

import jax.numpy as jnp
import numpy as np

args = argparse.Namespace(lr=0.1, layers=2)  # what the training script parsed
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "ckpt.npz")
    # args=vars(args) would store a pickled object array; a JSON string is plain text
    np.savez(path, weight=jnp.ones((2, 3)), args=json.dumps(vars(args)))
    with np.load(path) as f:  # allow_pickle=False is enough now
        weight, saved_args = jnp.asarray(f["weight"]), json.loads(f["args"].item())
weight, saved_args["lr"]
