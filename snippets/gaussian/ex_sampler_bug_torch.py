import torch

torch.manual_seed(0)
mu = torch.tensor([0.0, 1.0])
Sigma = torch.tensor([[1.0, 0.6], [0.6, 2.0]])
L = torch.linalg.cholesky(Sigma)  # Sigma = L L^T
z = torch.randn(10_000, 2)  # standard normal draws, one per row
buggy = mu + z @ Sigma.T  # x = mu + Sigma z: covariance Sigma Sigma^T
fixed = mu + z @ L.T  # x = mu + L z: covariance L L^T = Sigma
torch.cov(buggy.T), Sigma @ Sigma.T, torch.cov(fixed.T)
