import torch

y = torch.log(torch.tensor([2.0, 1.0, 0.0, -1.0]))  # log(0) is -inf, log(-1) is nan
finite = torch.isfinite(y)  # False for inf, -inf and nan alike
y, finite, int(torch.nonzero(~finite)[0, 0])  # the index of the first bad value
