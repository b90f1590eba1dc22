import numpy as np
import torch

a = np.zeros(3, dtype=np.float32)
x = torch.from_numpy(a)  # a CPU tensor on a's memory: no copy
a[0] = 100.0  # write through the NumPy array...
x  # ...and read the tensor
