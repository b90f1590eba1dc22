import jax
import jax.numpy as jnp

A = jax.random.normal(jax.random.key(0), (4, 4))
S = A + A.T
bool(jnp.array_equal(A, A.T)), bool(jnp.array_equal(S, S.T))
