import os
import tempfile

import jax.numpy as jnp
import numpy as np

params = {
    "weight": jnp.arange(6, dtype=jnp.float32).reshape(2, 3),
    "bias": jnp.array([0.5, -0.5]),
}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "ckpt.npz")
    np.savez(path, step=100, **params)  # a zip archive of .npy files, one per array
    print(sorted(os.listdir(d)))
    with np.load(path) as f:  # allow_pickle=False: plain arrays only
        loaded = {name: jnp.asarray(f[name]) for name in ("weight", "bias")}
        step = int(f["step"])
loaded, step
