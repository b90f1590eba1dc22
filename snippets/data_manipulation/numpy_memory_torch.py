import torch

X = torch.zeros(3)
A = X.numpy()  # shares X's memory
X += 1
A, X
