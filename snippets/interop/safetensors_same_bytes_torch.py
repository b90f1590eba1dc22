import hashlib

import safetensors.torch
import torch

tensors = {
    "weight": torch.arange(6, dtype=torch.float32).reshape(2, 3),
    "bias": torch.tensor([0.5, -0.5]),
}
data = safetensors.torch.save(tensors)  # the file's bytes, without writing a file
len(data), hashlib.sha256(data).hexdigest()[:16]
