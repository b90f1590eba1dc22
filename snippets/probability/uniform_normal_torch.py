import torch

torch.manual_seed(0)
u = torch.rand(10_000)   # uniform on [0, 1): mean 1/2, variance 1/12
z = torch.randn(10_000)  # standard normal: mean 0, variance 1
# var(correction=0) divides by n, as jnp.var and tf.math.reduce_variance do
torch.stack([u.mean(), u.var(correction=0), z.mean(), z.var(correction=0)])
