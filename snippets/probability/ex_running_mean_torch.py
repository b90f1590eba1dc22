import torch

torch.manual_seed(0)
x = torch.randn(100_000, 200)  # 100 000 sequences of 200 draws, mean 0, variance 1
z = x.cumsum(dim=1) / torch.arange(1, 201)  # z_m, the mean of the first m draws
z100, z200 = z[:, 99], z[:, 199]
correlation = torch.corrcoef(torch.stack([z100, z200]))[0, 1]  # theory: √(100/200)
beyond = (z100.abs() >= 0.2).float().mean()  # Chebyshev: at most 1/(100 · 0.2²) = 0.25
beyond_any = (z[:, 99:].abs() >= 0.2).any(dim=1).float().mean()  # some m in 100...200
correlation, beyond, beyond_any
