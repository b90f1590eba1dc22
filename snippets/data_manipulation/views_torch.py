import torch

X = torch.arange(6.0)
V = X.reshape(2, 3)  # X is contiguous, so this is a view: the same memory, another shape
V[0, 0] = 100.0      # so this writes into X
S = X[1:3]           # basic slicing also returns a view
S *= 10              # in place: changes X[1] and X[2]
C = X.clone()        # an explicit copy has its own memory
C[:] = 0             # leaves X alone
G = X[[4, 5]]        # advanced indexing (a list or tensor of indices) copies
G[:] = 0             # leaves X alone too
T = V.T.reshape(6)   # V.T is not contiguous, so reshape copies
T[5] = 0             # leaves X alone
X, V
