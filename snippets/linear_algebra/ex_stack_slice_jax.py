import jax
import jax.numpy as jnp

key_a, key_b, key_c = jax.random.split(jax.random.key(0), 3)
A, B, C = (jax.random.normal(k, (100, 200)) for k in (key_a, key_b, key_c))
T = jnp.stack([A, B, C], axis=2)  # a new third axis
T.shape, bool(jnp.array_equal(T[:, :, 1], B))
