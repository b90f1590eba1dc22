import hashlib

import jax.numpy as jnp
import safetensors.flax

tensors = {
    "weight": jnp.arange(6, dtype=jnp.float32).reshape(2, 3),
    "bias": jnp.array([0.5, -0.5]),
}
data = safetensors.flax.save(tensors)  # the file's bytes, without writing a file
len(data), hashlib.sha256(data).hexdigest()[:16]
