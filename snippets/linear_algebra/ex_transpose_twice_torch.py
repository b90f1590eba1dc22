import torch

A = torch.arange(12.0).reshape(3, 4)
torch.equal(A.T.T, A), A.T.T.shape
