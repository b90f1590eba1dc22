import torch

torch.manual_seed(0)
x = torch.exp(3 * torch.randn(10_000))  # float32, magnitudes from 1e-5 to 1e5
totals = torch.stack([x[torch.randperm(10_000)].sum() for _ in range(20)])  # 20 orders
exact = x.double().sum()  # a float64 reference
spread = ((totals.max() - totals.min()) / exact).item()
print("totals:", totals.unique(), "float64:", exact.item())
len(totals.unique()) > 1, spread < 1e-5  # order matters, but only in the last digits
