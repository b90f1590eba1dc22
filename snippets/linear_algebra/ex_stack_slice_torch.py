import torch

torch.manual_seed(0)
A, B, C = torch.randn(100, 200), torch.randn(100, 200), torch.randn(100, 200)
T = torch.stack([A, B, C], dim=2)  # a new third axis
T.shape, torch.equal(T[:, :, 1], B)
