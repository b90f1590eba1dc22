import torch

X = torch.arange(6, dtype=torch.float32).reshape(2, 3)
A = X.numpy()
B = torch.from_numpy(A)
A, B
