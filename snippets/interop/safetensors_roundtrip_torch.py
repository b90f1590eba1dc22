import os
import tempfile

import safetensors.numpy
import safetensors.torch
import torch

tensors = {
    "weight": torch.arange(6, dtype=torch.float32).reshape(2, 3),
    "bias": torch.tensor([0.5, -0.5]),
}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.safetensors")
    safetensors.torch.save_file(tensors, path)
    mine = safetensors.torch.load_file(path)  # a dict of CPU tensors
    plain = safetensors.numpy.load_file(path)  # the same file, for any other library
mine, plain
