import torch

torch.manual_seed(0)
three = torch.randn(3)
torch.manual_seed(0)
twenty = torch.randn(20)  # the same seed, a larger draw
print(three, twenty[:3], sep="\n")
for n in (15, 16):  # where the CPU's method changes
    torch.manual_seed(0)
    print(f"randn({n}) starts with randn(3):", torch.equal(three, torch.randn(n)[:3]))
torch.equal(three, twenty[:3])  # is the small draw the start of the large one?
