import os
import tempfile

import jax.numpy as jnp
import safetensors
import safetensors.flax

tensors = {"weight": jnp.arange(6, dtype=jnp.float32).reshape(2, 3), "bias": jnp.array([0.5, -0.5])}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.safetensors")
    safetensors.flax.save_file(tensors, path)
    with safetensors.safe_open(path, framework="flax") as f:  # maps the file, reads the header
        names = sorted(f.keys())
        bias = f.get_tensor("bias")  # reads only this tensor's bytes
names, bias
