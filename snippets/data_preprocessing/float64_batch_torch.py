# raises: RuntimeError
import numpy as np
import torch

layer = torch.nn.Linear(3, 1)  # parameters in float32
batch = torch.tensor(np.ones((2, 3)))  # NumPy's float64 stays float64
layer(batch)
