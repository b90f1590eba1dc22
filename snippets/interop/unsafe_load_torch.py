# raises: UnpicklingError
import os
import pathlib
import tempfile

import torch

weight = torch.ones(2, 3)
data_dir = pathlib.PurePosixPath("data/train")  # where the model was trained from
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "ckpt.pt")
    torch.save({"weight": weight, "data_dir": data_dir}, path)
    torch.load(path)  # weights_only=True refuses to rebuild a pathlib object
