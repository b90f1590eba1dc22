import jax
import jax.numpy as jnp

x = jax.random.normal(jax.random.key(0), (100_000,))  # mean 0, standard deviation 1
k = jnp.array([1.5, 2.0, 3.0])
beyond = (jnp.abs(x)[:, None] >= k).mean(axis=0)  # P(|X - mu| >= k sigma), sampled
beyond, 1 / k**2  # Chebyshev's bound holds for every distribution; it is loose here
