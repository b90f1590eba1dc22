import numpy as np
import torch

x = torch.arange(3.0, device="cpu")  # NumPy can only view host memory
a = np.from_dlpack(x)
shares = np.shares_memory(a, np.from_dlpack(x))  # both view x's buffer
print("device:", x.__dlpack_device__())
shares, a.flags.writeable
