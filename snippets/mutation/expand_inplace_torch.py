# raises: RuntimeError
import torch

bias = torch.zeros(3)
B = bias.expand(2, 3)  # a view with stride 0 along the rows
B.add_(torch.tensor([[1.0], [2.0]]))  # two different values for each element: refused
B
