import numpy as np
import torch

x = torch.arange(3.0, device="cpu")  # only a CPU tensor can share memory with NumPy
a = x.numpy()
shares = np.shares_memory(a, x.numpy())  # two conversions, one buffer: x's own
x[0] = 100.0  # an in-place write to the tensor shows in the array
shares, a.flags.writeable, a
