# raises: RuntimeError
import torch

x = torch.arange(4)
x.mean()  # int64 has no mean: use x.float().mean()
