import numpy as np
import torch

buf = np.empty(2, dtype=np.float32)  # one buffer, refilled for every batch
shared, copied = [], []
for step in range(3):
    buf[:] = step  # "load" batch number `step` into the buffer
    shared.append(torch.from_numpy(buf))  # the bug: a view of buf
    copied.append(torch.tensor(buf))  # the fix: a copy of this batch
torch.stack(shared), torch.stack(copied)
