# raises: ValueError
import torch

x = torch.arange(5)
x[::-1]
