import torch

X = torch.arange(6, dtype=torch.float32).reshape(2, 3)
A = X.cpu().numpy()  # .cpu() returns X itself when X is already on the CPU
B = torch.from_numpy(A)
A, B
