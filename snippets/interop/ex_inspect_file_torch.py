import os
import tempfile

import safetensors
import safetensors.torch
import torch

tensors = {
    "weight": torch.arange(12, dtype=torch.float32).reshape(4, 3),
    "bias": torch.zeros(3, dtype=torch.float16),  # half precision
}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.safetensors")
    safetensors.torch.save_file(tensors, path)
    with safetensors.safe_open(path, framework="pt") as f:
        info = {name: (f.get_slice(name).get_dtype(), f.get_slice(name).get_shape())
                for name in f.keys()}  # read from the header: no tensor data loaded
        rows = f.get_slice("weight")[1:3]  # reads rows 1 and 2 only
info, rows
