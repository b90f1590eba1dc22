import numpy as np
import torch

a = np.zeros(4, dtype=np.float32)
b = np.zeros(5, dtype=np.float32)[1:]  # starts 4 bytes into its buffer
x, y = torch.from_dlpack(a), torch.from_dlpack(b)  # both share memory
a[0] = 100.0
b[0] = 100.0
x, y
