import torch

X = torch.zeros(3, device="cpu")  # only a CPU tensor can share memory with NumPy
A = X.numpy()  # shares X's memory
X += 1
A, X
