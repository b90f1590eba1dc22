import numpy as np
import torch

(
    torch.tensor([1, 2]).dtype,
    torch.tensor([1.0, 2.0]).dtype,
    torch.tensor(np.array([1.0, 2.0])).dtype,  # NumPy's float64
)
