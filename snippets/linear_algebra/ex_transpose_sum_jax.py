import jax
import jax.numpy as jnp

key_a, key_b = jax.random.split(jax.random.key(0))
A, B = jax.random.normal(key_a, (3, 4)), jax.random.normal(key_b, (3, 4))
bool(jnp.array_equal((A + B).T, A.T + B.T))
