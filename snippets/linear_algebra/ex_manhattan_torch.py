import torch

start = torch.tensor([2.0, 10.0])  # (avenue, street)
end = torch.tensor([7.0, 22.0])
step = end - start
blocks = torch.linalg.vector_norm(step, ord=1)  # along the grid: |5| + |12|
as_the_crow_flies = torch.linalg.vector_norm(step)  # diagonally: sqrt(5² + 12²)
blocks, as_the_crow_flies
