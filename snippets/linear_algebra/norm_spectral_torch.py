import torch

ones = torch.ones(4, 9)
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
(torch.linalg.matrix_norm(ones, ord=2), torch.linalg.matrix_norm(ones),  # spectral, Frobenius
 torch.linalg.matrix_norm(A, ord=2), torch.linalg.matrix_norm(A),
 torch.linalg.svdvals(A)[0])  # the spectral norm is the largest singular value
