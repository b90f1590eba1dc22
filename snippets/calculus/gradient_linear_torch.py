import torch

A = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
x = torch.tensor([1.0, -1.0, 2.0])
jacobian = torch.func.jacrev(lambda x: A @ x)(x)  # rows: outputs, columns: inputs
jacobian.T, torch.equal(jacobian.T, A.T)
