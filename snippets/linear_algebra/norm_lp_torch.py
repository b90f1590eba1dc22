import math

import torch

u = torch.tensor([3.0, -4.0, 1.0])
ps = [1, 2, 3, math.inf]
(torch.stack([torch.linalg.vector_norm(u, ord=p) for p in ps]),
 (u.abs() ** 3).sum() ** (1 / 3))  # the definition for p = 3
