import argparse
import os
import tempfile

import torch

args = argparse.Namespace(lr=0.1, layers=2)  # what the training script parsed
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "ckpt.pt")
    torch.save({"weight": torch.ones(2, 3), "args": args}, path)
    # torch.load(path) raises UnpicklingError; allow exactly the one class you trust:
    with torch.serialization.safe_globals([argparse.Namespace]):
        ckpt = torch.load(path)
ckpt["weight"], ckpt["args"].lr
