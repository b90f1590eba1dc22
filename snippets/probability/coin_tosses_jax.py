import jax
import jax.numpy as jnp

fair = jnp.array([0.5, 0.5])
tosses = jax.random.categorical(jax.random.key(0), jnp.log(fair), shape=(100,))  # 0 = heads
counts = jnp.bincount(tosses, length=2)  # [heads, tails]
counts, counts / 100
