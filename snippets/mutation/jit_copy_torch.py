import torch


def put(x):
    return x.index_put((torch.tensor([3]),), torch.tensor(7.0))  # a new tensor


x = torch.zeros(8)
y = put(x)
x, y  # x keeps its zeros
