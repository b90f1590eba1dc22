import torch

X = torch.zeros((3, 4))
rows = X.index_put((torch.tensor([0, 2]),), torch.tensor([[1.0] * 4, [2.0] * 4]))
cells = X.index_put((torch.tensor([0, 2]), torch.tensor([1, 3])), torch.tensor([5.0, 6.0]))
rows, cells
