import torch

counts = torch.tensor([1, 2], dtype=torch.int32)
counts.to(torch.float32).mean()  # cast first: mean() of an int tensor is refused
