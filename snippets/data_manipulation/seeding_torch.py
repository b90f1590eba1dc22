import torch

torch.manual_seed(0)
a = torch.randn(3)
torch.manual_seed(0)
b = torch.randn(3)
c = torch.randn(3)  # the global generator has moved on
torch.equal(a, b), torch.equal(a, c)
