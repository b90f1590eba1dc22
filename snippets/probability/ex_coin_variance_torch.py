import torch

torch.manual_seed(0)
n, eps = torch.tensor([10.0, 100.0, 1000.0]), 0.1  # tosses of a fair coin, a deviation
heads = torch.distributions.Binomial(total_count=n, probs=0.5).sample((100_000,))
p_hat = heads / n  # 100 000 estimates of P(heads) for each n
variance = p_hat.var(dim=0, correction=0)  # theory: 1/(4n)
# P(|p̂ - 1/2| ≥ ε), counted in heads: in float32, 0.4 - 0.5 is not -0.1
deviates = ((heads - n / 2).abs() >= n / 10).float().mean(dim=0)
chebyshev = torch.clamp(1 / (4 * n * eps**2), max=1.0)  # Var / ε², at most 1
clt = torch.special.erfc(2 * eps * n.sqrt() / 2**0.5)  # 2 P(Z ≥ ε/σ), σ = 1/(2√n)
variance, 1 / (4 * n), deviates, chebyshev, clt
