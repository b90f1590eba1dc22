import torch

X = torch.ones(4, 9)
# a 2-D input with ord=1 gives the matrix 1-norm: the largest column sum of |x|
torch.linalg.norm(X, ord=1), torch.linalg.vector_norm(X, ord=1)
