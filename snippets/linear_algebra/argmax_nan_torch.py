import torch

x = torch.tensor([0.0, float("nan"), 5.0])
x.argmax(), x.max()  # NaN counts as the largest value
