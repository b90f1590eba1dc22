import torch

A = torch.arange(6, dtype=torch.int32).reshape(2, 3)
C = A.cumsum(dim=1)
C, A.dtype, C.dtype  # the input's dtype, then the sums'
