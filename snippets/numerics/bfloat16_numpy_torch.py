# raises: TypeError
import ml_dtypes
import numpy as np
import torch

a = np.array([1 / 3, 70000.0], dtype=ml_dtypes.bfloat16)  # NumPy with ml_dtypes' bfloat16
torch.from_numpy(a)  # PyTorch has its own bfloat16 and does not read ml_dtypes' arrays
