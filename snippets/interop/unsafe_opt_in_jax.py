import os
import tempfile

import jax.numpy as jnp
import numpy as np


class Payload:
    def __reduce__(self):  # tells pickle how to rebuild this object: "call print(...)"
        return print, ("this line ran inside np.load",)


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "ckpt.npz")
    np.savez(path, weight=jnp.ones(2), extra=np.array([Payload()], dtype=object))
    with np.load(path, allow_pickle=True) as f:  # the pickle calls whatever the file names
        extra = f["extra"]
        weight = jnp.asarray(f["weight"])
weight
