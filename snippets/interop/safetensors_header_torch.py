import json
import struct

import safetensors.torch
import torch

tensors = {
    "weight": torch.arange(6, dtype=torch.float32).reshape(2, 3),
    "bias": torch.tensor([0.5, -0.5]),
}
data = safetensors.torch.save(tensors, metadata={"epoch": "3"})
(n,) = struct.unpack("<Q", data[:8])  # 8 bytes: the header's length, little-endian
header = json.loads(data[8:8 + n])  # then the header, plain JSON; then the raw bytes
n, header
