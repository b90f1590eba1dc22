import torch

u = torch.tensor([3.0, 4.0])
v = torch.tensor([4.0, 3.0])
cos = torch.dot(u, v) / (torch.linalg.vector_norm(u) * torch.linalg.vector_norm(v))
cos, torch.rad2deg(torch.arccos(cos))
