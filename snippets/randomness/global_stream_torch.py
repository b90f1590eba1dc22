import torch

x = torch.ones(4)
torch.manual_seed(0)
before = torch.randn(3)  # the numbers we care about
torch.manual_seed(0)
torch.nn.functional.dropout(x, 0.5)  # an unrelated call that draws from the same generator
after = torch.randn(3)  # shifted: not the numbers drawn before
print(before, after, sep="\n")
torch.equal(before, after)
