import torch

names = [n for n in dir(torch.linalg) if not n.startswith("_")]  # public names only
[n for n in names if "norm" in n]  # every function with "norm" in its name
