import torch

torch.manual_seed(0)
a = torch.rand(3)
b = torch.rand(3)  # the stream moves on: new numbers
torch.manual_seed(0)
c = torch.rand(3)  # re-seeding replays the stream from the start
a, b, c, torch.equal(a, c)
