import torch

x = torch.tensor([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
# std and var divide by n - 1 by default (correction=1: the variance is unbiased, the std not)
x.mean(), x.var(), x.std(), x.std(correction=0)
