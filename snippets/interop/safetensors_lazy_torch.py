import os
import tempfile

import safetensors
import safetensors.torch
import torch

tensors = {
    "weight": torch.arange(6, dtype=torch.float32).reshape(2, 3),
    "bias": torch.tensor([0.5, -0.5]),
}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.safetensors")
    safetensors.torch.save_file(tensors, path)
    with safetensors.safe_open(path, framework="pt") as f:  # maps the file, reads the header
        names = sorted(f.keys())
        bias = f.get_tensor("bias")  # reads only this tensor's bytes
names, bias
