import torch

idx = torch.tensor([0, 0, 2])  # index 0 appears twice
x = torch.zeros(4)
x[idx] += 1  # read x[idx], add 1, write back: index 0 gets 1, not 2
y = torch.zeros(4)
y.index_put_((idx,), torch.tensor(1.0), accumulate=True)  # or y.index_add_(0, idx, ...)
x, y
