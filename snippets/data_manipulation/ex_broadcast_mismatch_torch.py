# raises: RuntimeError
import torch

a = torch.arange(6.0).reshape(2, 1, 3)
b = torch.arange(8.0).reshape(4, 2)  # read as (1, 4, 2): lengths 3 and 2 on the last axis
a + b
