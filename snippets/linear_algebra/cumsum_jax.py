import jax.numpy as jnp

A = jnp.arange(6, dtype=jnp.int32).reshape(2, 3)
C = A.cumsum(axis=1)
C, A.dtype, C.dtype  # the input's dtype, then the sums'
