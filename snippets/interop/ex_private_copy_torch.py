import torch


def center_in_place(a):  # a NumPy routine that reuses its input's memory
    a -= a.mean()
    return a


x = torch.tensor([1.0, 2.0, 6.0], device="cpu")
centered = center_in_place(x.numpy().copy())  # x.numpy() alone would change x as well
x, centered
