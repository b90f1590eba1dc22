import torch

torch.manual_seed(0)
p, n = 0.3, torch.tensor([10.0, 100.0, 1000.0, 10000.0])  # a biased coin, n tosses
heads = torch.distributions.Binomial(total_count=n, probs=p).sample((2000,))  # 2000 runs
p_hat = heads / n  # each run's estimate of p, for each n
estimate_sd = p_hat.std(dim=0, correction=0)  # spread of the estimate: shrinks like 1/√n
theory_sd = torch.sqrt(p * (1 - p) / n)
# predicting a new toss x by p_hat: E[(x - p_hat)^2] = p(1 - p) + (p_hat - p)^2 per run
next_rmse = torch.sqrt(p * (1 - p) + ((p_hat - p) ** 2).mean(dim=0))  # falls, then levels off
next_theory = torch.sqrt(p * (1 - p) * (1 + 1 / n))  # the floor: sqrt(p(1 - p)) = 0.458
estimate_sd, theory_sd, next_rmse, next_theory
