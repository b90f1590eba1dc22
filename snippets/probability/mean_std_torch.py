import torch

x = torch.tensor([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
# std and var divide by n - 1 by default (correction=1, the unbiased estimate)
x.mean(), x.var(), x.std(), x.std(correction=0)
