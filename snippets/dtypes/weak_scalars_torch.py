import torch

small = torch.tensor([1, 2], dtype=torch.int8)
half = torch.tensor([1.0, 2.0], dtype=torch.float16)
small + 1, half * 2.0  # a Python number does not widen the tensor's dtype
