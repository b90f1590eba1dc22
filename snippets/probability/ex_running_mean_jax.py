import jax
import jax.numpy as jnp

x = jax.random.normal(jax.random.key(0), (100_000, 200))  # 100 000 sequences, mean 0, var 1
z = x.cumsum(axis=1) / jnp.arange(1, 201)  # z_m, the mean of the first m draws
z100, z200 = z[:, 99], z[:, 199]
correlation = jnp.corrcoef(z100, z200)[0, 1]  # theory: √(100/200)
beyond = (jnp.abs(z100) >= 0.2).mean()  # Chebyshev: at most 1/(100 · 0.2²) = 0.25
beyond_any = (jnp.abs(z[:, 99:]) >= 0.2).any(axis=1).mean()  # some m in 100...200
correlation, beyond, beyond_any
