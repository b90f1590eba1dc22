import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0])
i = torch.tensor([1])
set_ = x.index_put((i,), torch.tensor(10.0))  # out of place: no trailing underscore
add = x.index_add(0, i, torch.tensor([10.0]))
mul = x.clone()  # or copy first, then write in place
mul[1] *= 10.0
big = x.clone()
big[1:3].clamp_(min=2.5)  # elementwise max with 2.5 on a slice (a view of big)
x, set_, add, mul, big  # x is unchanged
