import torch

names = [name for name in dir(torch.distributions) if not name.startswith("_")]
len(names), names[:15]
