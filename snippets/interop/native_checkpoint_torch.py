import os
import tempfile

import torch

params = {
    "weight": torch.arange(6, dtype=torch.float32).reshape(2, 3),
    "bias": torch.tensor([0.5, -0.5]),
}
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "ckpt.pt")
    torch.save({"params": params, "step": 100}, path)  # a zip archive holding a pickle
    print(sorted(os.listdir(d)))
    ckpt = torch.load(path)  # weights_only=True: tensors, dicts, lists, numbers, strings
ckpt["params"], ckpt["step"]
