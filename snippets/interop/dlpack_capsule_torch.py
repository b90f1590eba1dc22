# raises: RuntimeError
import numpy as np
import torch

a = np.arange(3.0, dtype=np.float32)
capsule = a.__dlpack__()  # what from_dlpack(a) asks a for; a capsule is used up once read
x = torch.from_dlpack(capsule)  # torch takes an object with __dlpack__, or a capsule
y = torch.from_dlpack(capsule)  # the capsule was consumed by the line above
