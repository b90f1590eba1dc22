import torch

# rows are variables, columns are observations
X = torch.tensor([[1.0, 2.0, 3.0, 4.0, 5.0],
                  [2.0, 4.0, 5.0, 4.0, 5.0]])
torch.cov(X)  # divides by n - 1 (correction=1)
