import numpy as np
import torch

floats = np.array([0.5, 1.5])  # NumPy's default: float64
ints = np.array([1, 2])  # int64 on Linux and macOS
torch.from_numpy(floats).dtype, torch.from_numpy(ints).dtype
