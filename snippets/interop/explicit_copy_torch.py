import numpy as np
import torch

a = np.zeros(3, dtype=np.float32)
x = torch.tensor(a)  # always a copy (torch.from_numpy / torch.as_tensor share)
b = x.cpu().numpy().copy()  # a copy of its own, writable
a[0] = 100.0  # does not reach x
b[1] = 100.0  # does not reach x either
x, b
