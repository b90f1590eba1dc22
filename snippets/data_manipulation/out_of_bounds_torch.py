# raises: IndexError
import torch

x = torch.arange(5)
x[10]
