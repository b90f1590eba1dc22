import torch

x = torch.tensor([-1.7, 1.7, 2.5])
x.to(torch.int32), torch.round(x).to(torch.int32)  # truncates; round first to round
