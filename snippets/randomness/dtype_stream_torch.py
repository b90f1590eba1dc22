import torch

torch.manual_seed(0)
single = torch.randn(3)
torch.manual_seed(0)
double = torch.randn(3, dtype=torch.float64)  # the same seed, another dtype
print(single, double, sep="\n")
torch.allclose(single.double(), double, atol=1e-6)  # the same numbers, to float32 precision?
