import torch

X = torch.arange(6.0)
V = X.reshape(2, 3)  # a view: the same memory with another shape
V[0, 0] = 100.0      # so this writes into X
S = X[1:3]           # basic slicing also returns a view
S *= 10              # in place: changes X[1] and X[2]
C = X.clone()        # an explicit copy has its own memory
C[:] = 0             # leaves X alone
X, V
