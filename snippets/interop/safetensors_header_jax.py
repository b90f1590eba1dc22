import json
import struct

import jax.numpy as jnp
import safetensors.flax

tensors = {"weight": jnp.arange(6, dtype=jnp.float32).reshape(2, 3), "bias": jnp.array([0.5, -0.5])}
data = safetensors.flax.save(tensors, metadata={"epoch": "3"})
(n,) = struct.unpack("<Q", data[:8])  # 8 bytes: the header's length, little-endian
header = json.loads(data[8:8 + n])  # then the header, plain JSON; then the raw bytes
n, header
