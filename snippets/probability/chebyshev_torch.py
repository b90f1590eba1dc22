import torch

torch.manual_seed(0)
x = torch.randn(100_000)  # mean 0, standard deviation 1
k = torch.tensor([1.5, 2.0, 3.0])
beyond = (x.abs()[:, None] >= k).float().mean(dim=0)  # P(|X - mu| >= k sigma), sampled
beyond, 1 / k**2  # Chebyshev's bound holds for every distribution; it is loose here
