import torch

torch.manual_seed(0)
Sigma = torch.tensor([[1.0, 0.6], [0.6, 2.0]])  # Var X = 1, Var Y = 2, Cov(X, Y) = 0.6
L = torch.linalg.cholesky(Sigma)
xy = torch.randn(100_000, 2) @ L.T  # correlated draws of (X, Y) with covariance Sigma
v = torch.tensor([2.0, -1.0])
sampled = (xy @ v).var(correction=0)  # Var[2X - Y], dividing by n
# a² Var X + b² Var Y + 2ab Cov(X, Y), and the same as vᵀ Σ v: 4 + 2 - 2.4 = 3.6
theory = 4 * Sigma[0, 0] + Sigma[1, 1] + 2 * 2 * -1 * Sigma[0, 1], v @ Sigma @ v
sampled, theory
