import jax
import jax.numpy as jnp

n, a = 100_000, 3.0
kx, ky = jax.random.split(jax.random.key(0))
x = jax.random.uniform(kx, (n,))  # U(0, 1): E[X] = 1/2, Var[X] = 1/12
y = jax.random.normal(ky, (n,))   # N(0, 1), independent of x
sampled = jnp.stack([(x + y).mean(), (a * x).var(), (x + y).var()])
theory = jnp.array([0.5, a**2 / 12, 1 / 12 + 1])  # E[X]+E[Y], a² Var[X], Var[X]+Var[Y]
sampled, theory
