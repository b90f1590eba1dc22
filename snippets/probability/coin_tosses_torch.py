import torch
from torch.distributions import Multinomial

torch.manual_seed(0)
fair = torch.tensor([0.5, 0.5])
counts = Multinomial(100, fair).sample()  # [heads, tails] in 100 tosses
counts, counts / 100
