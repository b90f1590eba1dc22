import torch

torch.manual_seed(0)
A = torch.randn(4, 4)
S = A + A.T
torch.equal(A, A.T), torch.equal(S, S.T)
