import torch

X = torch.arange(12, dtype=torch.float32).reshape(3, 4)
Y = torch.ones((3, 4))
Z = torch.zeros_like(Y)
before = Z.data_ptr()  # the address of Z's storage
torch.add(X, Y, out=Z)  # writes the sum straight into Z's memory; so does Z += X
Z.data_ptr() == before, Z
