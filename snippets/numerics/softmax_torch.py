import torch

x = torch.tensor([1000.0, 0.0, -1000.0])
naive = torch.exp(x) / torch.exp(x).sum()  # inf / inf is nan
shifted = torch.exp(x - x.max()) / torch.exp(x - x.max()).sum()  # largest exponent is 0
naive, shifted, torch.softmax(x, dim=0)
