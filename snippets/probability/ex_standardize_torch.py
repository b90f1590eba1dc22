import torch

x = torch.tensor([2.0, 4.0, 4.0, 5.0, 10.0])
# one convention on both sides: divide by n (correction=0), as JAX and TensorFlow do
z = (x - x.mean()) / x.std(correction=0)
z, z.mean(), z.std(correction=0)
