import torch

x = torch.tensor([3.0, 4.0])
grad_norm = torch.func.grad(torch.linalg.vector_norm)
grad_norm(x), x / torch.linalg.vector_norm(x), grad_norm(torch.zeros(2))
