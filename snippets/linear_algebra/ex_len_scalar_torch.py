# raises: TypeError
import torch

len(torch.tensor(1.0))  # a 0-d tensor has no axis to measure
