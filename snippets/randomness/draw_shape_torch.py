import torch

torch.manual_seed(0)
three = torch.randn(3)
torch.manual_seed(0)
twenty = torch.randn(20)  # the same seed, a larger draw
print(three, twenty[:3], sep="\n")
torch.equal(three, twenty[:3])  # is the small draw the start of the large one?
