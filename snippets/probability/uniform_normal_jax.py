import jax
import jax.numpy as jnp

ku, kz = jax.random.split(jax.random.key(0))
u = jax.random.uniform(ku, (10_000,))  # uniform on [0, 1): mean 1/2, variance 1/12
z = jax.random.normal(kz, (10_000,))   # standard normal: mean 0, variance 1
jnp.stack([u.mean(), u.var(), z.mean(), z.var()])
