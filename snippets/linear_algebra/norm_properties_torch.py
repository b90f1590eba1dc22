import torch
from torch.linalg import vector_norm as norm

x, y, a = torch.tensor([3.0, -4.0]), torch.tensor([1.0, 2.0]), -2.0
(norm(a * x), abs(a) * norm(x),   # scaling: ||a x|| = |a| ||x||
 norm(x + y), norm(x) + norm(y),  # triangle inequality: ||x + y|| <= ||x|| + ||y||
 norm(torch.zeros(2)))            # non-negative, and 0 only for the zero vector
