import torch

W = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
as_ported = torch.linalg.norm(W, ord=1)  # a matrix with ord=1: the largest column sum
entrywise = torch.linalg.vector_norm(W, ord=1)  # what tf.norm(W, ord=1) computed
largest_column = torch.linalg.matrix_norm(W, ord=1)  # says it is a matrix norm
as_ported, entrywise, largest_column
