import os
import tempfile

import jax.numpy as jnp
import safetensors.flax
import safetensors.numpy

tensors = {
    "weight": jnp.arange(6, dtype=jnp.float32).reshape(2, 3),
    "bias": jnp.array([0.5, -0.5]),
}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.safetensors")
    safetensors.flax.save_file(tensors, path)  # needs only JAX, not Flax
    mine = safetensors.flax.load_file(path)  # a dict of JAX arrays
    plain = safetensors.numpy.load_file(path)  # the same file, for any other library
mine, plain
