# raises: UnpicklingError
import os
import tempfile

import numpy as np
import torch

weight = torch.ones(2, 3)
best_accuracy = np.float64(0.93)  # a NumPy scalar, as np.mean(...) returns
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "ckpt.pt")
    torch.save({"weight": weight, "best_accuracy": best_accuracy}, path)
    torch.load(path)  # weights_only=True refuses to rebuild a NumPy scalar
