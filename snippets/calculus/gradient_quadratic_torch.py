import torch

A = torch.tensor([[1.0, 2.0, 0.0], [3.0, -1.0, 4.0], [0.0, 5.0, 2.0]])
x = torch.tensor([1.0, -1.0, 2.0])
grad_quadratic = torch.func.grad(lambda x: x @ A @ x)(x)
grad_squared_norm = torch.func.grad(lambda x: x @ x)(x)
(grad_quadratic, (A + A.T) @ x), (grad_squared_norm, 2 * x)
