import torch

torch.manual_seed(0)
A, B = torch.randn(3, 4), torch.randn(3, 4)
torch.equal((A + B).T, A.T + B.T)
