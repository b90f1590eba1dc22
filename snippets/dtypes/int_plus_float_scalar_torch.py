import torch

small = torch.tensor([1, 2], dtype=torch.int8)
small + 1.5  # a float scalar with integers: the default float dtype
