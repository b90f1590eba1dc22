import os
import tempfile

import jax.numpy as jnp
import safetensors
import safetensors.flax

tensors = {
    "weight": jnp.arange(12, dtype=jnp.float32).reshape(4, 3),
    "bias": jnp.zeros(3, dtype=jnp.float16),  # half precision
}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.safetensors")
    safetensors.flax.save_file(tensors, path)
    with safetensors.safe_open(path, framework="flax") as f:
        info = {name: (f.get_slice(name).get_dtype(), f.get_slice(name).get_shape())
                for name in f.keys()}  # read from the header: no tensor data loaded
        rows = f.get_slice("weight")[1:3]  # reads rows 1 and 2 only
info, rows
