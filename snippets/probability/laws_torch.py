import torch

torch.manual_seed(0)
n, a = 100_000, 3.0
x = torch.rand(n)   # U(0, 1): E[X] = 1/2, Var[X] = 1/12
y = torch.randn(n)  # N(0, 1), independent of x
# var(correction=0) divides by n, as jnp.var and tf.math.reduce_variance do
sampled = torch.stack([(x + y).mean(), (a * x).var(correction=0), (x + y).var(correction=0)])
theory = torch.tensor([0.5, a**2 / 12, 1 / 12 + 1])  # E[X]+E[Y], a² Var[X], Var[X]+Var[Y]
sampled, theory
