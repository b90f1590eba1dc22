import torch

X = torch.arange(12, dtype=torch.float32).reshape(3, 4)
Y = torch.tensor([[2.0, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
less, greater, equal = X < Y, X > Y, X == Y
# each position is exactly one of <, >, ==: the three counts add up to 12
less, greater, [int(m.sum()) for m in (less, greater, equal)]
